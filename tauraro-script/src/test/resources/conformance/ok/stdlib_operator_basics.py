import operator
from operator import attrgetter, itemgetter, methodcaller


class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.inner = self

    def greet(self, greeting, punct="!"):
        return "%s, %s%s" % (greeting, self.name, punct)


people = [P("ann", 31), P("bob", 25), P("cy", 40)]
print([p.name for p in sorted(people, key=attrgetter("age"))], attrgetter("name", "age")(people[0]))
print(attrgetter("inner.inner.name")(people[1]), itemgetter(1)([1, 2, 3]), itemgetter(0, 2)("abc"), itemgetter("k")({"k": 5}))
print(sorted([(1, "b"), (0, "c"), (1, "a")], key=itemgetter(0, 1)), itemgetter(slice(1, None))([1, 2, 3]))
print(methodcaller("greet", "hi")(people[0]), methodcaller("greet", "yo", punct="?")(people[2]))
print(attrgetter("a.b", "c"), itemgetter(1), itemgetter(1, "x"), methodcaller("f", 1, k=2))
print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(3), operator.pos(-3), operator.abs(-4), operator.inv(5))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.rshift(16, 2))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.not_([]), operator.truth([0]), operator.is_(None, None), operator.is_not(1, None), operator.index(7))
print(operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 2, 1, 1], 1), operator.indexOf("abc", "c"))
d = {"a": 1}
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d, operator.getitem(d, "b"), operator.length_hint([1, 2]), operator.length_hint(object(), 7), operator.call(max, 3, 9))
lst = [1]
print(operator.iadd(lst, [2]) is lst, lst, operator.iadd(1, 2), operator.imul("ab", 2), operator.ior({1}, {2}))
print(operator.__add__(1, 2), operator.__getitem__([5], 0))
for bad in [lambda: operator.concat(1, 2), lambda: operator.indexOf([1], 5), lambda: attrgetter(1),
            lambda: attrgetter("zz")(people[0]), lambda: itemgetter(5)([1])]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError, IndexError) as e:
        print(type(e).__name__, e)
