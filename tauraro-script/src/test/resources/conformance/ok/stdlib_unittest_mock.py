# unittest.mock: Mock, MagicMock, AsyncMock, call, side_effect, return_value, patch and its forms
import asyncio
import os
import re
from unittest import mock
from unittest.mock import Mock, MagicMock, AsyncMock, call, patch, sentinel, DEFAULT, ANY


def show(x):
    # mock reprs carry id(): drop it
    print(re.sub(r" id='\d+'", "", repr(x)))


def expect(exc_type, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
        print("no exception")
    except exc_type as e:
        print(type(e).__name__ + ":", e)


m = Mock()
print(m.called, m.call_count, m.call_args)
r = m(1, 2, key="v")
print(r is m.return_value, m.called, m.call_count)
print(m.call_args, m.call_args.args, m.call_args.kwargs, m.call_args == call(1, 2, key="v"))
m.foo.bar(3)
m.foo(4)
print(m.mock_calls)
print(m.method_calls)
print(m.foo.call_args_list)
print(m.foo is m.foo, m.foo.bar is m.foo.bar)
show(m)
show(m.foo.bar)
show(m.foo.return_value)
show(m.return_value.x)
show(Mock(name="named").child)
m.assert_called_once_with(1, 2, key="v")
m.assert_called_with(1, 2, key="v")
m.foo.assert_any_call(4)
m.assert_has_calls([call.foo.bar(3), call.foo(4)])
m.assert_has_calls([call.foo(4), call(1, 2, key="v")], any_order=True)
expect(AssertionError, m.foo.assert_called_with, 2)
expect(AssertionError, m.foo.assert_called_once_with, 4)
expect(AssertionError, m.baz.assert_called_with, 2)
expect(AssertionError, Mock().assert_called)
expect(AssertionError, m.foo.assert_not_called)
expect(AssertionError, m.foo.assert_called_once)
expect(AssertionError, m.assert_has_calls, [call.foo(2)])
expect(AssertionError, m.assert_any_call, 3)
expect(AssertionError, m.assert_has_calls, [call.foo(2)], any_order=True)
expect(AttributeError, lambda: m.assret_called())
expect(AttributeError, lambda: m.called_once_with)
m.reset_mock()
print(m.called, m.call_count, m.mock_calls, m.foo.call_count)

# return_value, side_effect
m = Mock(return_value=5)
print(m(), m())
m.return_value = "changed"
print(m())
m = Mock(side_effect=[1, 2, ValueError("third")])
print(m(), m())
expect(ValueError, m)
expect(StopIteration, m)
m = Mock(side_effect=KeyError("k"))
expect(KeyError, m)
m = Mock(side_effect=lambda x: x * 2)
print(m(21))
m = Mock(side_effect=lambda: DEFAULT, return_value="default used")
print(m())
m = Mock(**{"method.return_value": 3, "other.side_effect": TypeError, "attr": "plain"})
print(m.method(), m.attr)
expect(TypeError, m.other)
m = Mock(wraps=lambda a, b: a + b)
print(m(1, 2), m.call_args)

# spec and spec_set
class Thing:
    size = 1

    def run(self, n):
        return n

    async def fetch(self):
        return 1


m = Mock(spec=Thing)
print(m.run(1) is m.run.return_value, m.size is m.size)
expect(AttributeError, lambda: m.missing)
m = Mock(spec=["a", "b"])
m.a
expect(AttributeError, lambda: m.c)
m = Mock(spec_set=["a"])
m.a = 1
expect(AttributeError, setattr, m, "b", 1)
del m.a
expect(AttributeError, lambda: m.a)

# call objects
print(call(1, a=2), call.foo.bar(3), call(1).x(2), repr(call), call.foo)
print(call(1) == call(1), call(1) == call(2), call.a(1) == call.b(1), call(1, ANY) == call(1, "anything"))
print(call(1) in [call(2), call(1)], mock.ANY == 5, repr(ANY))
print(sentinel.thing is sentinel.thing, sentinel.thing)

# MagicMock: magic methods with defaults, configurable
mm = MagicMock()
print(len(mm), bool(mm), 3 in mm, int(mm), float(mm), mm == mm, mm != mm, mm == 1)
print(list(iter(mm)))
mm.__len__.return_value = 4
mm.__iter__.return_value = [1, 2]
mm.__getitem__.side_effect = lambda k: k * 10
mm.__contains__.return_value = True
print(len(mm), list(iter(mm)), mm[4], 5 in mm)
mm.__getitem__.assert_called_with(4)
with mm as entered:
    print(entered is mm.__enter__.return_value)
mm.__exit__.assert_called_once_with(None, None, None)
mm2 = MagicMock()
mm2.__str__.return_value = "custom str"
print(str(mm2))
mm3 = MagicMock(return_value=7)
print(mm3(), mm3.method().attr is mm3.method.return_value.attr)
expect(AttributeError, setattr, mm3, "__getattr__", None)
plain = Mock()
plain.__len__ = Mock(return_value=9)
print(len(plain))

# AsyncMock
async def use_async():
    am = AsyncMock(return_value=42)
    coro = am(1)
    print(asyncio.iscoroutine(coro))
    print(await coro)
    am.assert_awaited_once_with(1)
    am.assert_called_once_with(1)
    print(am.await_count, am.await_args)
    expect(AssertionError, am.assert_awaited_with, 2)
    expect(AssertionError, AsyncMock().assert_awaited)
    failing = AsyncMock(side_effect=RuntimeError("async boom"))
    try:
        await failing()
    except RuntimeError as e:
        print("RuntimeError:", e)
    seq = AsyncMock(side_effect=[1, 2])
    print(await seq(), await seq())

    async def effect(x):
        await asyncio.sleep(0)
        return x + 1
    print(await AsyncMock(side_effect=effect)(1))
    m = MagicMock()
    async with m as value:
        print(value is m.__aenter__.return_value)
    spec_mock = Mock(spec=Thing)
    print(await spec_mock.fetch() is spec_mock.fetch.return_value)


asyncio.run(use_async())


# patch as decorator, context manager, start/stop; patch.object, patch.dict, patch.multiple
def answer():
    return 42


class Service:
    def get(self):
        return "real"

    @staticmethod
    def helper():
        return "real helper"


@patch("__main__.answer")
def patched(mock_answer):
    mock_answer.return_value = 1
    return answer(), isinstance(mock_answer, MagicMock)


print(patched(), answer())


@patch("__main__.answer", return_value=2)
@patch.object(Service, "get", return_value="fake")
def patched_two(mock_get, mock_answer):
    return answer(), Service().get(), mock_get.call_count


print(patched_two(), answer(), Service().get())


@patch("__main__.answer", new=lambda: "new")
def patched_new():
    return answer()


print(patched_new())

with patch("os.getcwd", return_value="/nowhere") as fake:
    print(os.getcwd(), fake.called)
print(os.getcwd() != "/nowhere")

with patch.object(Service, "helper", side_effect=ValueError("nope")):
    expect(ValueError, Service.helper)
print(Service.helper())

p = patch("__main__.answer", return_value=3)
started = p.start()
print(answer(), started is answer)
p.stop()
print(answer())

config = {"a": 1}
with patch.dict(config, {"b": 2}):
    print(sorted(config.items()))
print(config)
with patch.dict(config, {"c": 3}, clear=True):
    print(config)
print(config)
with patch.dict(os.environ, {"TAURARO_MOCK_TEST": "yes"}):
    print(os.environ["TAURARO_MOCK_TEST"])
print("TAURARO_MOCK_TEST" in os.environ)

with patch.multiple(Service, get=DEFAULT, helper=DEFAULT) as values:
    print(sorted(values), isinstance(values["get"], MagicMock))


async def fetch_data():
    return "real data"


async def use_patch_async():
    with patch("__main__.fetch_data") as fake:
        print(type(fake).__name__)
        fake.return_value = "fake data"
        print(await fetch_data())
    print(await fetch_data())


asyncio.run(use_patch_async())

expect(AttributeError, lambda: patch.object(Service, "no_such_name").start())
expect(TypeError, patch, "nodots")
expect(ValueError, patch, "__main__.answer", new=1, new_callable=Mock)
