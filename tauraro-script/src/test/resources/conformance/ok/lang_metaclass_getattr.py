class M(type):
    def __getattr__(cls, name):
        if name.startswith('x'):
            return 'meta-' + name
        raise AttributeError(name)
class C(metaclass=M):
    a = 1
print(C.a, C.xyz, getattr(C, 'xq', 'dflt'), hasattr(C, 'nope'), getattr(C, 'nope', 'dflt'))
try:
    C.nope
except AttributeError as e:
    print('AttributeError', e)
print(C().a)
try:
    C().xyz
except AttributeError as e:
    print('AttributeError', e)
class D(C): pass
print(D.xabc)
class N(M):
    pass
class F(metaclass=N):
    x1 = 'own'
print(F.x1, F.x2, type(F).__name__)
class Q(type):
    def __getattr__(cls, name):
        return len(name)
class G(metaclass=Q):
    def m(self):
        return 'm'
print(G.abc, G().m(), G.m.__name__, G.__name__, G.__doc__)
try:
    G().missing
except AttributeError as e:
    print('AttributeError', e)
