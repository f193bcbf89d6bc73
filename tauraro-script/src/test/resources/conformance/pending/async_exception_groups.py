# ExceptionGroup and except* outside tasks: splitting, nesting, matching order.
eg = ExceptionGroup("many", [ValueError("a"), TypeError("b"), ValueError("c")])
print(eg, repr(eg.message), len(eg.exceptions))
try:
    raise eg
except* ValueError as g:
    print("values:", sorted(str(e) for e in g.exceptions))
except* TypeError as g:
    print("types:", [str(e) for e in g.exceptions])
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [OSError("o")])])
    except* OSError as g:
        print("OSError group:", g.message, repr(g.exceptions[0].exceptions[0]))
except ExceptionGroup as rest:
    print("unhandled rest:", rest.message, [repr(e) for e in rest.exceptions])
match, rest = eg.split(ValueError)
print(match.message, [str(e) for e in match.exceptions], [str(e) for e in rest.exceptions])
sub = eg.subgroup(lambda e: str(e) == "b")
print([repr(e) for e in sub.exceptions])
print(eg.split(ZeroDivisionError)[0])
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked exception wrapped:", type(g).__name__, [str(e) for e in g.exceptions])
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
