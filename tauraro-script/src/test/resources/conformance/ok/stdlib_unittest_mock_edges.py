# unittest.mock edges: patch with spec=True/spec_set=True, properties patched, AsyncMock children and reset, configure_mock(name=), magic defaults read back, mock equality
import re, asyncio, json
from unittest.mock import Mock, MagicMock, AsyncMock, NonCallableMagicMock, call, patch, DEFAULT, ANY, sentinel
def s(x): return re.sub(r" id='\d+'", "", repr(x))
def ex(f, *a, **k):
    try: print('->', s(f(*a, **k)))
    except BaseException as e: print(type(e).__name__ + ':', e)
class C:
    x = 1
    def meth(self, a): return a
    @property
    def prop(self): return 'p'
with patch.object(C, 'meth', spec_set=True) as m:
    print(s(m)); ex(setattr, m, 'nope', 1)
with patch.object(C, 'x', spec=True) as m:
    print(s(m), type(m).__name__)
with patch.object(C, 'prop', new='plain'):
    print(C().prop)
print(C().prop)
am = AsyncMock()
async def go():
    await am(); am.reset_mock(); print(am.await_count, am.call_count)
    await am.x.y(1)
    print(am.mock_calls, am.method_calls)
    mm = MagicMock()
    async with mm:
        pass
    print(mm.mock_calls)
asyncio.run(go())
m = Mock()
m.configure_mock(name='attr-name')
print(m.name, s(m))
m = Mock(name='n', **{'return_value.x': 3})
print(m().x, s(m()))
m = MagicMock()
m.__enter__.return_value = 'entered'
with m as v: print(v)
print(m.mock_calls)
m = MagicMock()
print(m.__exit__.return_value, m.__len__.return_value, m.__bool__.return_value, m.__int__.return_value)
ex(lambda: m.__getattr__)
m = Mock()
m.a = 1
print(m.mock_calls, m.a)
m = Mock(return_value=None)
print(m())
m = Mock(spec=C)
ex(m.meth, 1, 2, 3)
print(m.x is not None, s(m.prop))
print(Mock() == Mock(), MagicMock() == MagicMock(), Mock() != Mock())
m = Mock(); ex(lambda: m == m)
nm = NonCallableMagicMock(spec=['__iter__'])
nm.__iter__.return_value = [1]
print(list(nm))
ex(len, nm)
print(call(1) in [call(1)], call.x in [call.x])
