# unittest.mock side_effect forms, wraps, spec/spec_set, and MagicMock's magic methods with their defaults
import re
from unittest.mock import Mock, MagicMock, NonCallableMock, NonCallableMagicMock, DEFAULT, call


def show(x):
    print(re.sub(r" id='\d+'", "", repr(x)))


def expect(fn, *args):
    try:
        print("->", re.sub(r" id='\d+'", "", repr(fn(*args))))
    except BaseException as e:
        print(type(e).__name__ + ":", e)


# side_effect: iterables (list, tuple, generator, string), exceptions (class or instance), callables
m = Mock(side_effect=(1, KeyError, ValueError("v"), DEFAULT))
expect(m)
expect(m)
expect(m)
expect(m)
expect(m)
m = Mock(side_effect=(x * x for x in range(2)))
expect(m)
expect(m)
expect(m)
m = Mock(side_effect="ab")
expect(m)
expect(m)
m = Mock(side_effect=RuntimeError("boom"), return_value=3)
expect(m)
m.side_effect = None
expect(m)
m.side_effect = [5]
print(hasattr(m.side_effect, "__next__"))
expect(m)
m = Mock(side_effect=lambda *a, **k: (a, k))
expect(m, 1)
m = Mock(return_value=9, side_effect=lambda: DEFAULT)
expect(m)
m = Mock(side_effect=Exception)
expect(m)
m = Mock(side_effect=StopIteration)
expect(m)
try:
    Mock(side_effect=5)
    print("int side_effect accepted")
except TypeError as e:
    print("TypeError:", e)
m = Mock()
m.side_effect = 5
expect(m)

# wraps: calls go to the wrapped object unless return_value is set; children wrap its attributes
class Real:
    value = 10

    def double(self, x):
        return 2 * x


w = Mock(wraps=Real())
print(w.double(4), w.double.call_args, w.mock_calls)
w.double.return_value = 0
print(w.double(4))
show(w.value)
expect(lambda: w.missing)
w2 = Mock(wraps=len)
print(w2([1, 2]), w2.call_count)
w2.return_value = "set"
print(w2([1, 2]))

# spec from a class, an instance and a list; spec_set rejects new attributes; dir follows the spec
s = Mock(spec=Real)
print(s.value is s.value, callable(s), s.double(1) is s.double.return_value)
expect(lambda: s.nope)
s.nope = 1
print(s.nope)
show(s)
show(Mock(spec=Real()))
show(Mock(spec_set=Real))
show(Mock(spec=["x"]))
ss = Mock(spec_set=Real)
ss.value = 5
print(ss.value)
expect(setattr, ss, "other", 1)
print("double" in dir(s), "nope" in dir(s))
ns = NonCallableMock(spec=["x"])
expect(ns)
show(ns)
show(NonCallableMagicMock())
expect(lambda: Mock(spec=["a"]).__len__)
m = Mock()
m.mock_add_spec(["only"])
print(m.only is m.only)
expect(lambda: m.other)
show(m)

# configure_mock and constructor keywords with dotted names
m = Mock(**{"a.b.return_value": 1, "a.side_effect": [2], "c": "plain"}, name="cfg")
print(m.a.b(), m.a(), m.c)
m.configure_mock(**{"x.y": 3}, z=4)
print(m.x.y, m.z)
show(m.a.b)

# MagicMock magic methods and their defaults
mm = MagicMock()
print(len(mm), list(mm), bool(mm), 5 in mm, int(mm), float(mm), complex(mm), mm.__index__())
print(hash(mm) == hash(mm), str(mm) == repr(mm) or str(mm).startswith("<MagicMock"), mm == mm, mm != mm, mm == 3, mm != 3)
print(mm.__lt__(1) is NotImplemented, mm.__lt__(1), mm.__gt__(1), mm.__le__(1), mm.__ge__(1))
expect(lambda: mm < 1)
print(round(mm) is mm.__round__.return_value, abs(mm) is mm.__abs__.return_value, (-mm) is mm.__neg__.return_value)
show(mm + 1)
show(mm[0])
show(mm.__enter__())
print(mm.__exit__(None, None, None), mm.__sizeof__() > 0 if False else "", (mm.__fspath__()).startswith("MagicMock/mock/"))
with mm as inside:
    show(inside)
print(mm.__exit__.call_count, mm.__enter__.call_count)
mm[1] = 2
del mm[1]
print(mm.__setitem__.call_args, mm.__delitem__.call_args)
mm.__iter__.return_value = iter([1, 2])
print(list(mm), list(mm))
mm.__iter__.return_value = [3]
print(list(mm), list(mm))
mm.__bool__.return_value = False
mm.__len__.return_value = 7
mm.__contains__.side_effect = lambda x: x == "yes"
mm.__int__.return_value = 42
mm.__eq__.return_value = True
print(bool(mm), len(mm), "yes" in mm, "no" in mm, int(mm), mm == 1)
mm.__getitem__.return_value = "item"
print(mm["k"], mm.__getitem__.call_args_list)
print(mm.mock_calls[-2:])
show(mm.__len__)
show(mm.__iter__)
show(MagicMock(name="named").__getitem__)

# exits that swallow exceptions
mm = MagicMock()
mm.__exit__.return_value = True
with mm:
    raise KeyError("swallowed")
print("after swallowing with-block")

# setting magic methods on plain Mock, functions get self
m = Mock()
m.__iter__ = Mock(return_value=iter("xy"))
m.__str__ = lambda self: "via function " + type(self).__name__
m.__len__ = lambda self: 3
print(list(m), str(m), len(m))
del m.__len__
expect(len, m)
expect(setattr, m, "__getattr__", 1)
expect(setattr, m, "__setattr__", 1)
m2 = Mock()
expect(len, m2)
expect(lambda: m2.__len__)
other = MagicMock()
print(len(other))
mm = MagicMock()
del mm.__len__
expect(len, mm)
mm = MagicMock(spec=["__len__"])
print(len(mm))
expect(iter, mm)
mm = MagicMock(spec=Real)
expect(len, mm)
