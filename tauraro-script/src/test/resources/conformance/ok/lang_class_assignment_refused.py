import threading, re, types, sys
def t(label, f):
    try:
        r = f()
        print(label, 'ok', repr(r)[:80])
    except Exception as e:
        print(label, type(e).__name__, str(e)[:100])
class C: pass
class M(type): pass
class N(type): pass
class K(metaclass=M): pass
def set_(o, v): setattr(o, '__class__', v)
t('C<-type', lambda: set_(C, type))
t('C<-3', lambda: set_(C, 3))
t('C<-M', lambda: set_(C, M))
t('int<-C', lambda: set_(int, M))
t('1<-bool', lambda: set_(1, bool))
t('1<-1', lambda: set_(1, 1))
t('str<-C', lambda: set_('a', C))
t('list<-C', lambda: set_([], C))
t('None<-C', lambda: set_(None, C))
t('lock base', lambda: type('L', (type(threading.Lock()),), {}))
t('match base', lambda: type('L', (re.Match,), {}))
def modswap():
    m = types.ModuleType('m')
    class MM(types.ModuleType): pass
    m.__class__ = MM
    return type(m).__name__
t('module swap', modswap)
print(C.__class__, K.__class__, type(C), '__class__' in C.__dict__)
