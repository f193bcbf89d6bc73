# unittest.mock call objects: equality with names and tuples, nested mock_calls, call lists and their reprs
import re
from unittest.mock import Mock, MagicMock, call, ANY, sentinel, DEFAULT


def show(x):
    print(re.sub(r" id='\d+'", "", repr(x)))


# call equality: two-tuples, three-tuples, names, ANY
c = call(1, b=2)
print(c == ((1,), {"b": 2}), c == ("", (1,), {"b": 2}), c == ("x", (1,), {"b": 2}))
print(c == ((1,),), c == ({"b": 2},), call() == (), call() == ((),), call() == ({},))
print(call.foo(1) == ("foo", (1,), {}), call.foo(1) == ("bar", (1,), {}), call.foo(1) == call.foo(1))
print(call(1) != call(1), call(1) != call(2), call(ANY) == call(object()), call(1, 2) == call(ANY, ANY))
print(call(1) == 5, call(1) == "x", call == call, call.a == call.a, call.a == call.b)
print(call(1, 2).args, call(1, a=2).kwargs, call.x.y(3).args, len(call(1)), len(call.x(1)))
print(tuple(call(1, a=2)), tuple(call.m(1)))
print(call.x(1).y(2), call().z, call()(), call(a=1)(b=2))
print(repr(call.a.b.c), repr(call.a().b(1)), repr(call(x=[1, {"k": "v"}], y="s")))
print(call(1).call_list())
print(call.a(1).b(2).call_list())
print(call.a(1).b(2).call_list() == [call.a(1), call.a().b(2)])
print(ANY == None, None == ANY, [1, ANY] == [1, "q"], ANY != 3)

# nested mock_calls and method_calls
m = Mock()
m.a.b.c(1)
m.a(2).d(3)
m()(4)
m.x.return_value.y(5)
m.configure_mock(name_attr=1)
print(m.mock_calls)
print(m.method_calls)
print(m.a.mock_calls)
print(m.a.method_calls)
print(m.a.b.c.call_args_list)
print(m.mock_calls == [call.a.b.c(1), call.a(2), call.a().d(3), call(), call()(4)])
print(m.mock_calls[2] == call.a().d(3), m.mock_calls[2] == call.a.d(3))
print(m.call_args_list, m.a.call_args_list, m.a.call_args)
print(call.a.b.c(1) in m.mock_calls, call.nope() in m.mock_calls)
show(m.a.return_value)
show(m.a.return_value.d)
show(m.a.b.c.return_value)
show(m.return_value.return_value)
show(m.x.return_value.y.return_value)

named = Mock(name="svc")
named.fetch(1, k=2)
named.child.grand()
show(named.fetch)
show(named.child.grand.return_value)
print(named.mock_calls, named.method_calls)
print(named.fetch.call_args, repr(named.fetch.call_args))

# call_args details
m = Mock()
m(1, 2, three=3)
ca = m.call_args
print(ca, ca.args, ca.kwargs, ca[0], ca[1], len(ca), ca == ((1, 2), {"three": 3}))
args, kwargs = ca
print(args, kwargs)
m(x=1)
print(m.call_args_list, repr(m.call_args_list), len(m.call_args_list))
print(m.call_args_list == [call(1, 2, three=3), call(x=1)], m.call_args_list[0] == call(1, 2, three=3))
print(call(1, 2, three=3) in m.call_args_list, [call(x=1)] == m.call_args_list[1:])

# attached and assigned mocks join the parent's calls
parent = Mock()
child = Mock(name="ignored")
free = Mock()
parent.attach_mock(free, "slot")
parent.slot(1)
parent.other = Mock()
parent.other(2)
parent.named = child
parent.named(3)
print(parent.mock_calls)
show(parent.slot)
show(parent.other)
show(child)
parent.slot.return_value = Mock()
parent.slot()(9)
print(parent.mock_calls[-2:])

# sentinel and DEFAULT
print(sentinel.a is sentinel.a, sentinel.a is not sentinel.b, repr(sentinel.some_name), DEFAULT)
print(sentinel.x == sentinel.x, sentinel.x != sentinel.y)

# reset_mock and its options
m = Mock(return_value=3, side_effect=[7])
m.child(1)
print(m())
m.reset_mock()
print(m.mock_calls, m.child.call_count, m.return_value, m.side_effect is not None)
m.reset_mock(return_value=True, side_effect=True)
show(m.return_value)
print(m.side_effect)
m = MagicMock()
len(m)
m.reset_mock()
print(m.__len__.call_count, m.mock_calls)
