# unittest.mock odds and ends: __class__ with a spec, dir, self-returning mocks, subclasses, call tuples, patch.object forms, wraps, attach_mock
import asyncio
import re
from unittest.mock import Mock, MagicMock, NonCallableMock, AsyncMock, call, sentinel, DEFAULT, ANY, patch
def s(x): return re.sub(r" id='\d+'", "", repr(x))
m = Mock(spec=dict)
print(m.__class__, s(m), type(m).__name__)
print(Mock().__class__)
print(sorted(n for n in dir(Mock()) if not n.startswith('_'))[:12])
m = Mock(); m.a.b; m.c = 1
print('a' in dir(m), 'c' in dir(m))
m = Mock()
m.return_value = m
print(m() is m, s(m))
m = Mock()
m.a.return_value = 5
m.reset_mock()
print(m.a(), m.a.call_count)
m = Mock(name='outer')
print(s(m.a.b.c()), s(m()().x))
mm = MagicMock()
mm.__str__.return_value = 'S'
print(str(mm), format(mm, '') if False else '', s(mm.__str__))
print(mm.__hash__() == hash(mm))
mm = MagicMock()
mm.a.__len__.return_value = 2
print(len(mm.a), len(mm))
class Sub(Mock):
    pass
sm = Sub()
print(type(sm.x).__name__, type(sm()).__name__, s(sm.x))
am = AsyncMock()
print(type(am()).__name__ if False else '', type(am.return_value).__name__)
m = Mock()
m.side_effect = [1, 2]
print(m(), m())
n = Mock(side_effect=[1])
n.side_effect = None
print(s(n()))
print(repr(call(1, 2)[1:]), call(1) == call(1, **{}), call(x=ANY) == call(x=1))
c = call.a
print(c is call.a, c == call.a)
m = Mock()
m(1)
m(2)
print(m.call_args_list[-1] == call(2), m.call_args_list == [call(1), call(2)], m.call_args_list == [(1,), (2,)] )
print(m.call_args_list == [((1,),), ((2,),)], m.mock_calls == [((1,), {}), ((2,), {})])
print(str(sentinel.foo), sentinel.foo.name)
m = Mock(**{'a.b': 1})
print(m.a.b)
m = MagicMock()
m[1:2]
print(m.__getitem__.call_args)
m.__getitem__.return_value = 3
print(m['x'], m.mock_calls)
mm = MagicMock()
print(mm > 1 if False else '', mm.__gt__.call_count)
d = {mm: 1}
print(d[mm])
t = MagicMock()
t += 1
print(s(t))
x = MagicMock()
print(s(x.__aenter__), s(x.__anext__))
from unittest.mock import Mock, MagicMock, NonCallableMock, NonCallableMagicMock, AsyncMock, call, sentinel, DEFAULT, ANY, patch
def ex(f, *a, **k):
    try: print('->', s(f(*a, **k)))
    except BaseException as e: print(type(e).__name__ + ':', e)
ex(lambda: Mock(spec=['x']).assert_foo)
ex(lambda: Mock(spec=['x']).x.assert_foo)
m = Mock(); m(ANY)
ex(m.assert_called_with, 5)
ex(m.assert_called_with, ANY)
m = Mock(); m(1, a=2)
ex(m.assert_called_with, 1, a=3)
ex(m.assert_called_once_with, 1, a=2)
am = AsyncMock()
async def go():
    await am(1); await am(2)
asyncio.run(go())
ex(am.assert_awaited_once_with, 2)
ex(am.assert_has_awaits, [call(3)])
ex(am.assert_any_await, 1)
m = Mock()
m.child.grand(1)
m.reset_mock(return_value=True)
print(m.mock_calls, m.child.grand.call_count)
p = patch.object(Mock, 'nonexistent', create=True, new=1)
p.start(); print(Mock.nonexistent); p.stop(); print(hasattr(Mock, 'nonexistent'))
class K:
    def m(self): return 'k'
@patch.object(K, 'm', return_value='p')
def f(mk, extra=None):
    return K().m(), extra
print(f(), f(extra=3) if False else '')
@patch.object(K, 'm', return_value='p')
def g(x, mk):
    return x, K().m()
print(g('arg'))
with patch.object(K, 'm') as a, patch.object(K, 'x', create=True) as b:
    print(type(a).__name__, type(b).__name__)
print(hasattr(K, 'x'))
ex(patch.object(K, 'm', new=1, foo=2).__enter__)
print(K.m(K()))
with patch.dict({}, a=1) as d: print(d)
ex(lambda: patch.dict('no_such_mod_x.thing').start())
ncm = NonCallableMagicMock()
print(len(ncm), s(ncm.attr), s(ncm.attr()))
mm = MagicMock(return_value=3)
print(mm(), mm.return_value)
print(s(MagicMock(spec_set=['a'])), s(MagicMock(spec=K)))
nm = NonCallableMock(return_value=3)
print(nm.return_value)
ex(setattr, Mock(spec_set=K), 'z', 1)
ex(lambda: Mock(spec_set=K).z)
m = Mock(wraps=K())
print(m.m(), m.m.call_count)
m = Mock(); m.attach_mock(Mock(return_value=1), 'att'); print(m.att(), m.mock_calls, m.method_calls)
m = MagicMock(); m.attach_mock(MagicMock(), '__len__' if False else 'q'); m.q()
print(m.method_calls)
m = Mock(); 
m.a(1); m.b.c(2)
print(m.method_calls == [call.a(1), call.b.c(2)], m.method_calls)
m.assert_has_calls([call.b.c(2)])
ex(m.b.assert_has_calls, [call.c(3)])
m = Mock()
m.side_effect = lambda: 1/0
ex(m)
m = Mock(side_effect=iter([1]))
ex(m); ex(m)
print(m.call_count)
