# dir() of a script class extending a built-in value type lists the base's methods; int has no is_integer in 3.11
class T(tuple): pass
class L(list): pass
class D(dict): pass
class S(str): pass
class I(int): pass
class F(float): pass
class B(bytes): pass
class FS(frozenset): pass
for cls, names in ((T, ['count', 'index', '__len__', '__getitem__']), (L, ['append', 'sort', 'count']),
                   (D, ['items', 'setdefault', 'fromkeys']), (S, ['join', 'split', 'maketrans']),
                   (I, ['bit_length', 'to_bytes', 'from_bytes', '__index__']), (F, ['hex', 'is_integer', 'fromhex']),
                   (B, ['hex', 'decode', 'fromhex']), (FS, ['union', 'isdisjoint'])):
    print(cls.__name__, [n in dir(cls) for n in names], [n in dir(cls()) for n in names])
print('count' in dir(T((1, 2))), T((1, 2, 1)).count(1), T((1, 2)).index(2))
print(hasattr(1, 'is_integer'), hasattr(True, 'is_integer'), hasattr(int, 'is_integer'), (2.0).is_integer())
try:
    (5).is_integer()
except AttributeError as e:
    print(e)
