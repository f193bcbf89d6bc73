# unittest.mock AsyncMock: coroutines, await counts and args, the assert_*await* messages, async magic methods
import asyncio
import inspect
import re
from unittest.mock import AsyncMock, MagicMock, Mock, call


def show(x):
    print(re.sub(r" id='\d+'", "", repr(x)))


def fails(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
        print("passed")
    except AssertionError as e:
        print("AssertionError:", repr(str(e)))


async def main():
    am = AsyncMock(name="job")
    show(am)
    fails(am.assert_awaited)
    fails(am.assert_awaited_once)
    fails(am.assert_awaited_with, 1)
    fails(am.assert_awaited_once_with, 1)
    fails(am.assert_any_await, 1)
    fails(am.assert_has_awaits, [call(1)])
    fails(am.assert_not_awaited)
    first = am(1)
    print(am.call_count, am.await_count, inspect.iscoroutine(first))
    fails(am.assert_awaited)
    show(await first)
    await am(2, k=3)
    print(am.await_count, am.await_args, am.await_args_list, am.call_args_list)
    fails(am.assert_awaited_once)
    fails(am.assert_awaited_with, 1)
    fails(am.assert_awaited_with, 2, k=3)
    fails(am.assert_awaited_once_with, 2, k=3)
    fails(am.assert_any_await, 1)
    fails(am.assert_any_await, 5)
    fails(am.assert_has_awaits, [call(1), call(2, k=3)])
    fails(am.assert_has_awaits, [call(2, k=3), call(1)])
    fails(am.assert_has_awaits, [call(2, k=3), call(1)], any_order=True)
    fails(am.assert_has_awaits, [call(7), call(1)], any_order=True)
    fails(am.assert_not_awaited)
    am.reset_mock()
    print(am.await_count, am.await_args, am.await_args_list, am.call_count)

    # children: attributes of an AsyncMock are AsyncMocks, magic methods stay synchronous
    show(am.child)
    print(inspect.iscoroutine(am.child.run(1)) if False else "", type(am.child).__name__, type(am.__len__).__name__)
    c = am.child(1)
    print(await c is am.child.return_value)
    print(am.mock_calls)

    # side_effect forms
    print(await AsyncMock(side_effect=[1, 2])(), await AsyncMock(return_value="r")())
    seq = AsyncMock(side_effect=[1])
    await seq()
    try:
        await seq()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    try:
        await AsyncMock(side_effect=KeyError("k"))()
    except KeyError as e:
        print("KeyError", e)

    async def coro_effect(x):
        return x * 3
    print(await AsyncMock(side_effect=coro_effect)(2), await AsyncMock(side_effect=lambda x: x - 1)(2))

    async def wrapped(x):
        return "wrapped " + str(x)
    print(await AsyncMock(wraps=wrapped)(5))

    # a coroutine made but never awaited is a call, not an await
    lazy = AsyncMock()
    pending = lazy()
    print(lazy.called, lazy.await_count)
    pending.close()

    # MagicMock async context manager and async iteration
    mm = MagicMock()
    async with mm as value:
        print(value is mm.__aenter__.return_value)
    print(mm.__aenter__.await_count, mm.__aexit__.await_count, type(mm.__aenter__).__name__)
    mm.__aiter__.return_value = [1, 2, 3]
    print([x async for x in mm])
    print([x async for x in MagicMock()])
    print(await mm.__aexit__(None, None, None))

    # a Mock spec'd from a class gets AsyncMock children for its coroutine methods
    class Api:
        async def get(self):
            return 1

        def sync(self):
            return 2

    spec = Mock(spec=Api)
    print(type(spec.get).__name__, type(spec.sync).__name__)
    print(type(AsyncMock(spec=Api).sync).__name__, type(MagicMock(spec=Api).get).__name__)


asyncio.run(main())
