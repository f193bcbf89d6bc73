"""typing's aliases of collections.abc classes work with isinstance, issubclass and as bases; subscripted generics refuse checks."""
import typing
print(repr(typing.Iterable), typing.Iterable[int], typing.Mapping[str, int])
print(isinstance([], typing.Iterable), issubclass(list, typing.Sequence), isinstance(1, typing.Iterable), isinstance({}, typing.AbstractSet))
for bad in (lambda: isinstance([], typing.Iterable[int]), lambda: issubclass(list, typing.List[int]), lambda: isinstance(1, typing.Union)):
    try:
        bad()
    except TypeError as e:
        print(e)
class M(typing.Mapping[str, int]):
    def __getitem__(self, k): return 1
    def __iter__(self): return iter("ab")
    def __len__(self): return 2
m = M()
print(M.__mro__[1].__name__, dict(m), m.get("a"), isinstance(m, typing.Mapping))
class N(typing.Iterable):
    def __iter__(self): return iter([1])
print(N.__mro__[1].__name__, list(N()))
class L(typing.List[int]): pass
print(L.__mro__[1], L([1, 2]))
