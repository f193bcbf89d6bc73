from http import cookies as C
import pickle
c = C.SimpleCookie()
c['a'] = 'b'
c['sp'] = 'with space'
c['q'] = 'quo"te;semi'
c['u'] = 'ünï'
c['a']['path'] = '/'
c['a']['expires'] = 'Wed, 21 Oct 2015 07:28:00 GMT'
c['a']['max-age'] = 100
c['a']['secure'] = True
c['a']['httponly'] = True
c['a']['samesite'] = 'Lax'
c['a']['comment'] = 'a comment'
c['a']['domain'] = '.example.com'
c['a']['version'] = 1
print(c)
print(repr(c))
print(c.output(header='Cookie:', sep='\n'))
print(c.js_output())
print(c['a'].OutputString(), repr(c['a']), c['a'].value, c['a'].coded_value, c['a'].key)
c2 = C.SimpleCookie(); c2.load('a=1; b="x y"; c="\\054\\073"; d; e=f'); print(c2, dict((k, v.value) for k,v in c2.items()))
c2 = C.SimpleCookie('sid=abc; Path=/; HttpOnly; expires=Wed, 21 Oct 2015 07:28:00 GMT; SameSite=Strict'); print(repr(c2), sorted(c2['sid'].items()))
try: c['bad key'] = 'x'
except Exception as e: print(type(e).__name__, e)
m = C.Morsel()
try: m['bogus'] = 1
except Exception as e: print(type(e).__name__, e)
try: m.set('a b', 'v', 'v')
except Exception as e: print(type(e).__name__, e)
try: m.set('Path', 'v', 'v')
except Exception as e: print(type(e).__name__, e)
try: m.update({'nope': 1})
except Exception as e: print(type(e).__name__, e)
try: m.setdefault('nope', 1)
except Exception as e: print(type(e).__name__, e)
print(C.Morsel().isReservedKey('Path'), C.Morsel().isReservedKey('x'), sorted(C.Morsel._reserved), sorted(C.Morsel._flags))
b = C.BaseCookie(); b['x'] = 'y z'; print(b, b.value_decode('"q"'), b.value_encode(5), C.SimpleCookie().value_decode('"a\\073"'), C.SimpleCookie().value_encode('a;b'))
print(C._quote('a b'), C._unquote('"a\\"b"'))
m = C.Morsel(); m.set('k','v','v'); m2 = m.copy(); print(m == m2, m != m2, repr(m.setdefault('path','/x')), m.update({'Domain':'d'}), m, m == C.Morsel())
c3 = C.SimpleCookie(); c3.load({'x':'1','y':'2'}); print(c3)
m=C.Morsel(); m.set('k','v','v'); print(repr(m.js_output())); print(repr(C.Morsel()), C.Morsel().OutputString())
c=C.SimpleCookie(); c.load('$Version=1; a=1; $Path=/; b=2; secure; c'); print(repr(c))
c=C.SimpleCookie(); c.load('$Version=1; a=1; $Path=/; b=2; secure; c=3'); print(repr(c), c['a']['path'], c.output())
c=C.SimpleCookie(); c.load('a=1; secure; b=2; path'); print(repr(c))
c=C.SimpleCookie(); c.load('a="\\"x\\\\"; b=[x]; k=v=w; e=Wed, 21 Oct 2015 07:28:00 GMT'); print(repr(c))
c=C.SimpleCookie(); c.load('  a = 1 ;b=2;;c=3'); print(repr(c))
c=C.SimpleCookie(); c.load('x=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT; Max-Age=5'); print(c.output(), c['x']['max-age'].__class__)
c=C.SimpleCookie(); c['n']=5; c['n']['max-age']=10; c['n']['expires']='fixed'; c['n']['secure']=False; c['n']['comment']='c;d'; print(c.output(attrs=['max-age','comment']), c.output())
print(repr(C._unquote('"\\101\\x\\""')), C._quote('\x7f\x00é€'), C._quote(None), C._unquote('"'), C._unquote('x"'))
c=C.SimpleCookie(); c['e']='v'; c['e']['expires']=0; s=c['e'].OutputString(); print(s[:12], s.endswith('GMT'), len(s))
c=C.SimpleCookie(); c['m']=C.Morsel(); print(type(c['m']).__name__)
p = pickle.loads(pickle.dumps(c2)); print(repr(p), p['sid']['samesite'])
print(C.CookieError.__mro__[1].__name__, C.__all__)
