# PEP 585 generic aliases (types.GenericAlias) and PEP 604 unions (types.UnionType).
import collections
import collections.abc
import contextlib
import copy
import pickle
import queue
import re
import types
import typing
from typing import TypeVar

T = TypeVar("T")
K = TypeVar("K")

# reprs, origin, arguments, parameters
a = list[int]
print(a, repr(a), str(a), f"{a}", type(a), a.__class__)
print(a.__origin__, a.__args__, a.__parameters__)
print(dict[str, list[int]], tuple[int, ...], tuple[()], tuple[()].__args__, type[int], set[str], frozenset[bytes])
print(list[typing.List[int]], list[typing.Optional[int]], list["int"], list[1], list[None], list[...], list[type(None)])
print(list[int, str], list[[int, str]], enumerate[int], BaseExceptionGroup[ValueError])
print(types.GenericAlias(list, (int,)), types.GenericAlias(list, int), types.GenericAlias is type(list[int]))

# type variables and substitution
print(list[T], list[T].__parameters__, dict[K, list[T]].__parameters__, dict[K, list[T]][str, int])
print(list[T][int], dict[T, T][int], dict[str, T][list[K]], dict[str, T][list[K]].__parameters__)
for bad in [lambda: list[T][int, str], lambda: dict[K, T][int], lambda: list[int][int]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# equality and hashing
print(list[int] == list[int], list[int] == list[str], list[int] == list, list[int] != dict[int])
print(hash(list[int]) == hash(list[int]), len({list[int], list[int], list[str]}))
print(typing.List[int] == list[int])

# calling makes an instance of the origin; user classes remember the alias
print(list[int]([1, 2]), dict[str, int](a=1), tuple[int, ...]((1, 2)), set[int](), type(list[int]()))
print(hasattr(list[int](), "__orig_class__"))


class Box:
    __class_getitem__ = classmethod(types.GenericAlias)


b = Box[int]()
print(Box[int], b.__orig_class__, b.__orig_class__ is not Box[int], b.__orig_class__ == Box[int])


class Slotted:
    __slots__ = ()
    __class_getitem__ = classmethod(types.GenericAlias)


print(type(Slotted[int]()).__name__, hasattr(Slotted[int](), "__orig_class__"))


class Custom:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


print(Custom[int], Custom[int, str])

# attributes forwarded to the origin
print(list[int].append is list.append, list[int].__name__, list[int].__qualname__, list[int].__module__)
print(list[int].__mro__, dict[str, int].fromkeys("ab"), list[int].__mro_entries__(()))

# isinstance and issubclass refuse an alias
for check in [lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]),
              lambda: isinstance([], (int, list[int]))]:
    try:
        check()
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(1, (int, list[int])))

# unions
u = int | None
print(u, type(u), u.__args__, types.UnionType, type(u) is types.UnionType)
print(list[int] | None, None | int, int | str | None, int | list[int] | None, type[int] | str)
print(int | int, type(int | int), (int | str) | (str | bytes), (int | str) == (str | int), (int | str) == (int | bytes))
print(hash(int | str) == hash(str | int), (int | str).__parameters__, (list[T] | int).__parameters__, (list[T] | int)[str])
print(isinstance(1, int | str), isinstance(None, int | None), isinstance(b"", int | str), issubclass(bool, int | None))
print(isinstance(1, int | list[int]))
try:
    isinstance("x", int | list[int])
except TypeError as e:
    print("TypeError:", e)
for bad in [lambda: int | "str", lambda: int | 3, lambda: list[int] | "x", lambda: types.UnionType()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(int | typing.List[int], typing.List[int] | int, int | T, typing.Union[int | str, None])
print(typing.Union[int, str] == int | str, typing.Optional[list[int]], typing.Union[int, list[str]])


class Meta(type):
    def __or__(cls, other):
        return "Meta.__or__"


class WithMeta(metaclass=Meta):
    pass


print(WithMeta | int, int | WithMeta)

# base classes
class A(list[int]):
    pass


class B(dict[str, int], collections.abc.Mapping[str, int]):
    pass


print(A.__bases__, A.__orig_bases__, A.__mro__, A([1]))
print(B.__bases__, [c.__name__ for c in B.__mro__][:3])

# typing's helpers
print(typing.get_origin(list[int]), typing.get_args(dict[str, int]), typing.get_origin(int | str), typing.get_args(int | str))
print(typing.get_origin(int), typing.get_args(list), typing.get_args(tuple[()]))
print(typing.List[int], typing.Dict[str, typing.List[int]], typing.Tuple[int, ...], typing.Optional[typing.Dict[str, int]])

# the library's generic classes
print(collections.deque[int], collections.defaultdict[str, int], collections.OrderedDict[str, int])
print(collections.Counter[str], queue.Queue[int], re.Pattern[str], re.Match[bytes])
print(contextlib.AbstractContextManager[int], contextlib.AbstractAsyncContextManager[int])
print(collections.abc.Iterable[int], collections.abc.Mapping[str, int], collections.abc.Sequence[int])
print(collections.abc.Callable[[int], str], collections.abc.Callable[[int], str].__args__)
print(collections.abc.Callable[..., str], collections.abc.Callable[[], str].__args__)
print(collections.abc.Callable[[T], T][int], type(collections.abc.Callable[[int], str]).__name__)
import asyncio
import concurrent.futures
import dataclasses
import difflib
import functools
import logging
import os
import subprocess
import tempfile
import weakref

# (printed by origin, as some classes live in other modules here than in CPython: asyncio.Future is _asyncio's)
for cls in [asyncio.Future, asyncio.Task, asyncio.Queue, functools.partial, functools.partialmethod,
            functools.cached_property, os.DirEntry, weakref.ref, weakref.WeakSet, dataclasses.Field, subprocess.Popen,
            subprocess.CompletedProcess, tempfile.TemporaryDirectory, logging.LoggerAdapter, logging.StreamHandler,
            difflib.SequenceMatcher, types.MappingProxyType, types.AsyncGeneratorType, concurrent.futures.Future,
            queue.SimpleQueue, collections.abc.Awaitable, collections.abc.AsyncIterable, collections.abc.Container,
            collections.abc.KeysView, collections.abc.Generator]:
    alias = cls[int, str]
    print(cls.__name__, type(alias).__name__, alias.__origin__ is cls, alias.__args__)
print(dataclasses.InitVar[int])
for bad in [lambda: collections.abc.Callable[int, str], lambda: collections.abc.Callable[int]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
for cls in [int, str, object, collections.abc.Hashable, collections.abc.Sized]:
    try:
        cls[int]
    except TypeError as e:
        print("TypeError:", e)

# copying and pickling
print(copy.copy(list[int]), copy.deepcopy(dict[str, list[int]]), copy.copy(list[int]) == list[int])
print(pickle.loads(pickle.dumps(dict[str, list[int]])), list[int].__reduce__())

# typing's aliases beside the built-in ones
from typing import Dict, Generic, List, Optional, Tuple, Union

print(List[list[int]], Dict[str, int | None], Optional[int | str], Union[int, None, str])
print(List[int], Tuple[int, ...], Optional[List[int]], List[T], List[T].__parameters__)
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_args(Optional[int]))
print(Union[int, str] == (int | str), (int | str) == Union[int, str], hash(Union[int, str]) == hash(int | str))


class GenericBox(Generic[T]):
    pass


print(GenericBox[int], GenericBox[int]().__orig_class__, list[GenericBox[int]], GenericBox[list[int]])


def f(x: list[int], y: dict[str, int] | None = None) -> tuple[int, ...]:
    pass


print(typing.get_type_hints(f))
print(f.__annotations__)
