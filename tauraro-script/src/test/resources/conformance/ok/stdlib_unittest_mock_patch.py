# unittest.mock patch: module attributes and their restoration, decorators (functions, classes, stacked),
# start/stop/stopall, patch.object, patch.dict (clear=True, decorators, names), patch.multiple, errors
import json
import os
import re
import sys
import unittest
from unittest import mock
from unittest.mock import patch, MagicMock, Mock, AsyncMock, DEFAULT, sentinel, NonCallableMagicMock

original_dumps = json.dumps


def show(x):
    print(re.sub(r" id='\d+'", "", repr(x)))


def expect(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
        print("no exception")
    except Exception as e:
        print(type(e).__name__ + ":", e)


# a module attribute replaced and put back, also when the body raises
with patch("json.dumps") as fake:
    fake.return_value = "faked"
    print(json.dumps({}), json.dumps is fake, type(fake).__name__)
    show(fake)
print(json.dumps is original_dumps, json.dumps([1]))
try:
    with patch("json.dumps", return_value="x"):
        raise ValueError("inside")
except ValueError:
    pass
print(json.dumps is original_dumps)
with patch("json.dumps", sentinel.replacement) as value:
    print(value is sentinel.replacement, json.dumps)
with patch("json.not_there_yet", create=True) as made:
    print(json.not_there_yet is made)
print(hasattr(json, "not_there_yet"))
with patch("os.path.join", new_callable=lambda: "made by callable") as v:
    print(v, os.path.join)
with patch("json.dumps", spec=True) as spec_fake:
    print(type(spec_fake).__name__)
with patch("json.dumps", new_callable=Mock, return_value=1) as nm:
    print(type(nm).__name__, json.dumps())
with patch("sys.maxsize", 5):
    print(sys.maxsize)
print(sys.maxsize > 5)
with patch("builtins.input", return_value="typed"):
    print(input())
print(input.__name__)


# decorators: the mocks come after the test's own arguments, innermost first
@patch("json.loads")
@patch("json.dumps", return_value="d")
def stacked(arg, dumps_mock, loads_mock):
    print(arg, json.dumps(), dumps_mock is json.dumps, loads_mock is json.loads)
    return "returned"


print(stacked("first"), json.dumps is original_dumps, stacked.__name__)


@patch("json.dumps", new="replacement")
def not_passed():
    return json.dumps


print(not_passed())


@patch("json.dumps", side_effect=KeyError("decorated"))
def raising(fake):
    json.dumps()


expect(raising)
print(json.dumps is original_dumps)


@patch.object(json, "dumps")
class Suite:
    def test_one(self, fake):
        return "one", fake is json.dumps

    def test_two(self, fake):
        return "two", type(fake).__name__

    def helper(self):
        return "helper", json.dumps is original_dumps


print(Suite().test_one(), Suite().test_two(), Suite().helper())


class Target:
    attr = "class value"

    def method(self):
        return "real method"

    @classmethod
    def cm(cls):
        return "real classmethod"


with patch.object(Target, "method", return_value="mocked") as fm:
    print(Target().method(), fm.call_count)
print(Target().method())
with patch.object(Target, "cm", return_value="mocked cm"):
    print(Target.cm())
print(Target.cm())
t = Target()
with patch.object(t, "attr", "instance value"):
    print(t.attr, Target.attr)
print(t.attr, "attr" in vars(t))
expect(patch.object, "json", "dumps")
expect(lambda: patch.object(Target, "missing").start())

# start, stop, stopall
p1 = patch("json.dumps", return_value=1)
p2 = patch.object(Target, "attr", "patched attr")
started = p1.start()
p2.start()
print(json.dumps(), Target.attr, started is json.dumps)
p1.stop()
print(json.dumps is original_dumps, Target.attr)
patch("json.loads").start()
patch.stopall()
print(json.loads.__name__, Target.attr)
print(p1.stop())

# patch.dict
settings = {"mode": "prod", "level": 1}
with patch.dict(settings, {"mode": "test"}, extra=True) as d:
    print(d is settings, settings)
print(settings)
with patch.dict(settings, clear=True):
    print(settings)
print(settings)
with patch.dict(settings, [("pairs", 1)], clear=True):
    print(settings)
print(settings)
try:
    with patch.dict(settings, {"temp": 1}):
        settings["added_inside"] = 2
        raise KeyError("x")
except KeyError:
    pass
print(settings)


@patch.dict(settings, {"decorated": 1})
def uses_dict():
    return dict(settings)


print(uses_dict(), settings)
with patch.dict("os.environ", {"TAURARO_PATCH_DICT": "1"}):
    print(os.environ.get("TAURARO_PATCH_DICT"))
print(os.environ.get("TAURARO_PATCH_DICT"))
pd = patch.dict(settings, {"started": True})
pd.start()
print(sorted(settings))
pd.stop()
print(sorted(settings))


@patch.dict(settings, {"in_class": 1})
class DictSuite:
    def test_a(self):
        return settings.get("in_class")

    def other(self):
        return settings.get("in_class")


print(DictSuite().test_a(), DictSuite().other())

# patch.multiple
with patch.multiple(Target, attr="multi", method=DEFAULT) as made:
    print(Target.attr, sorted(made), type(made["method"]).__name__, made["method"] is Target.method)
print(Target.attr)
with patch.multiple("json", dumps=DEFAULT, loads=DEFAULT):
    print(type(json.dumps).__name__, type(json.loads).__name__)
print(json.dumps is original_dumps)


@patch.multiple(Target, method=DEFAULT, attr="x")
def multi_decorated(method):
    return type(method).__name__, Target.attr


print(multi_decorated())
expect(patch.multiple, Target)


@patch("json.dumps")
@patch.multiple(Target, method=DEFAULT)
def mixed(dumps_mock, method):
    return type(dumps_mock).__name__, type(method).__name__


print(mixed())


# async functions: the mock of a coroutine function is an AsyncMock
async def async_target():
    return "real"


async def run_async():
    with patch("__main__.async_target") as fake:
        print(type(fake).__name__)
        show(await async_target())

    @patch("__main__.async_target", return_value="decorated")
    async def decorated(fake):
        return await async_target(), fake.await_count

    print(await decorated())


import asyncio
asyncio.run(run_async())
print(patch.TEST_PREFIX, mock.FILTER_DIR)

# errors
expect(patch, "")
expect(patch, 5)
expect(patch, "json.dumps", new=1, new_callable=Mock)
expect(lambda: patch("json.dumps", new=1, return_value=2).start())
expect(lambda: patch("no_such_module_here.x").start())
