# __getitem__ and __setitem__ found through the class and its bases each time: defined, replaced,
# deleted and inherited after instances exist; __setitem__ taking defaults, *args, keywords-only
# parameters, a closure, or being a staticmethod, classmethod or callable object
class Base:
    pass


class C(Base):
    pass


c = C()


def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)


def store(obj, key, value):
    obj[key] = value


attempt(lambda: c[1])
attempt(lambda: store(c, 1, 2))
Base.__getitem__ = lambda self, k: ('base', k)
Base.__setitem__ = lambda self, k, v: print('base set', k, v)
print(c[1])
c[1] = 2
C.__getitem__ = lambda self, k: ('C', k)
print(c[2])
C.__setitem__ = lambda self, k, v: print('C set', k, v)
c[2] = 3
del C.__getitem__
del C.__setitem__
print(c[3])
c[3] = 4
del Base.__getitem__
attempt(lambda: c[4])


def with_default(self, k, v, extra='d'):
    print('default', k, v, extra)


def with_star(self, *args):
    print('star', args)


def with_kwonly(self, k, v, *, flag=True):
    print('kwonly', k, v, flag)


def make_closure(tag):
    def set_item(self, k, v):
        print('closure', tag, k, v)
    return set_item


class Callable:
    def __call__(self, *args):
        print('callable', len(args), args[1:])


for m in [with_default, with_star, with_kwonly, make_closure('t'), staticmethod(lambda *a: print('static', a[1:])),
          classmethod(lambda cls, k, v: print('class', cls.__name__, k, v)), Callable()]:
    C.__setitem__ = m
    c['k'] = 'v'
c2 = C()
C.__setitem__ = lambda self, k, v: self.__dict__.__setitem__(k, v)
c2['x'] = 1
print(c2.x, vars(c2))
