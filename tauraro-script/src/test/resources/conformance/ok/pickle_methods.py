# Bound methods pickle as getattr(obj, name): script methods, classmethods, and built-in methods of objects.
import pickle


class Counter:
    def __init__(self, start):
        self.value = start

    def add(self, n):
        self.value += n
        return self.value

    @classmethod
    def make(cls, start):
        return cls(start)


c = Counter(10)
add = pickle.loads(pickle.dumps(c.add))
print(add(5), c.value, add.__self__.value, type(add).__name__)
make = pickle.loads(pickle.dumps(Counter.make))
print(type(make(3)).__name__, make(3).value)
items = [1, 2]
append = pickle.loads(pickle.dumps(items.append))
append(3)
print(append.__self__, items)
print(pickle.loads(pickle.dumps({"k": 1}.get))("k"))
print(pickle.loads(pickle.dumps(len))("abc"))
try:
    pickle.dumps((lambda: 0).__call__)
except Exception as e:
    print(type(e).__name__)
# the bytes are CPython's: getattr by reference, then the object and the name
print(pickle.dumps(c.add))
print(pickle.dumps([1].append))
