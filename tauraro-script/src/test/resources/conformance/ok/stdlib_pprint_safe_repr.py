# PrettyPrinter._safe_repr: the private one-line repr that format() delegates to, which
# subclasses override and callers (pyperformance's pprint benchmark) call directly; it returns
# (repr, readable, recursive) and takes the cycle context, a depth limit and the level.
from pprint import PrettyPrinter

p = PrettyPrinter()
print(p._safe_repr([('string', (1, 2), [3, 4], {5: 6, 7: 8})] * 3, {}, None, 0))
print(p._safe_repr({'b': [1, 2], 'a': (3,)}, {}, None, 0))
print(p._safe_repr([[1, [2, [3]]]], {}, 2, 0))
cycle = [1]
cycle.append(cycle)
print(p._safe_repr(cycle, {}, None, 0)[1:])
print(hasattr(PrettyPrinter, '_safe_repr'))


class Upper(PrettyPrinter):
    def _safe_repr(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super()._safe_repr(object, context, maxlevels, level)


print(Upper().pformat(['ab', ('cd', 1)]))
print(Upper(width=10).pformat(['abcdef', 'ghijkl']))
