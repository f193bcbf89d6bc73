# unittest.mock assert_* methods: passing cases and CPython's failure messages
from unittest.mock import Mock, MagicMock, call, ANY


def fails(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
        print("passed")
    except AssertionError as e:
        print("AssertionError:", repr(str(e)))


m = Mock()
fails(m.assert_called_with, 1)
fails(m.assert_called_once_with, 1)
fails(m.assert_any_call, 1, k=2)
fails(m.assert_called)
fails(m.assert_called_once)
fails(m.assert_not_called)
fails(m.assert_has_calls, [])
fails(m.assert_has_calls, [call(1)])
fails(m.assert_has_calls, [call(1)], any_order=True)
m(1, "two", k=[3])
m(2)
m.method(x=1)
fails(m.assert_called_with, 2)
fails(m.assert_called_with, 1, "two", k=[3])
fails(m.assert_called_with, ANY)
fails(m.assert_called_once_with, 2)
fails(m.assert_called_once)
fails(m.assert_not_called)
fails(m.assert_any_call, 1, "two", k=[3])
fails(m.assert_any_call, 1, "two", k=ANY)
fails(m.assert_any_call, 3)
fails(m.assert_any_call)
fails(m.assert_has_calls, [call(1, "two", k=[3]), call(2)])
fails(m.assert_has_calls, [call(2), call.method(x=1)])
fails(m.assert_has_calls, [call(2), call(1, "two", k=[3])])
fails(m.assert_has_calls, [call(2), call(1, "two", k=[3])], any_order=True)
fails(m.assert_has_calls, [call(2), call(2)], any_order=True)
fails(m.assert_has_calls, [call(5), call.method(x=1), call.other()], any_order=True)
fails(m.assert_has_calls, [call.method(x=2)])
fails(m.assert_has_calls, [((2,), {})])
fails(m.assert_has_calls, [("method", (), {"x": 1})])
fails(m.method.assert_called_once_with, x=1)
fails(m.method.assert_called_once_with, x=2)
fails(m.method.assert_not_called)
fails(m.other.assert_called_with)

named = Mock(name="fetcher")
fails(named.assert_called_once)
named()
named()
fails(named.assert_called_once)
fails(named.assert_called_once_with)
fails(named.assert_not_called)
fails(named.child.assert_called_with, "a")
named.child("b")
fails(named.child.assert_called_with, "a")
fails(named.child.assert_any_call, "a")
fails(named.child.assert_has_calls, [call("a")])
fails(named.return_value.assert_called)

# call_count and called follow every call, also through side_effect errors
m = Mock(side_effect=ValueError)
for i in range(3):
    try:
        m(i)
    except ValueError:
        pass
print(m.call_count, m.called, m.call_args_list)
fails(m.assert_called_with, 2)
fails(m.assert_called_once)

# unsafe and the misspelt assertion names
for bad in ("assert_foo", "assret_called_with", "asert_called", "aseert_called", "assrt_called"):
    try:
        getattr(Mock(), bad)
        print(bad, "allowed")
    except AttributeError as e:
        print("AttributeError:", e)
u = Mock(unsafe=True)
print(u.assert_foo is u.assert_foo, u.assret_x is not None)
print(Mock(spec=["assert_thing"]).assert_thing is not None)

# MagicMock asserts report the magic method's name
mm = MagicMock()
len(mm)
mm.__len__.assert_called_once_with()
fails(mm.__len__.assert_called_with, 1)
fails(mm.__iter__.assert_called)
print(mm.mock_calls, mm.method_calls)
