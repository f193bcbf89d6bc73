# copy, deepcopy and pickle of instances with shared-layout dicts, and dicts that left the layout.
import copy
import pickle


class Node:
    def __init__(self, name, kids=()):
        self.name = name
        self.kids = list(kids)

    def __repr__(self):
        return "Node(%r, %r)" % (self.name, self.kids)


leaf = Node("leaf")
root = Node("root", [leaf, Node("other")])
root.extra = {"k": [1, 2]}
c = copy.copy(root)
print(c, c.__dict__.keys(), c.kids is root.kids, c.__dict__ is root.__dict__)
dc = copy.deepcopy(root)
print(dc, dc.kids is root.kids, dc.extra == root.extra, dc.extra is root.extra)
dc.name = "changed"
print(root.name, dc.name, list(dc.__dict__))

p = pickle.loads(pickle.dumps(root))
print(p, list(p.__dict__), p.extra)

odd = Node("odd")
del odd.kids
odd.later = 1
odd.kids = []
print(list(odd.__dict__), copy.copy(odd).__dict__, pickle.loads(pickle.dumps(odd)).__dict__)


class WithState:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __getstate__(self):
        return {"b": self.b, "a": self.a, "c": 3}


r = pickle.loads(pickle.dumps(WithState()))
print(r.__dict__, r.c)
r2 = copy.deepcopy(WithState())
print(r2.__dict__)

# equality and repr of the dict itself, iteration while reading attributes
n = Node("n")
print(n.__dict__ == {"name": "n", "kids": []}, repr(n.__dict__), str(vars(n)))
for key in n.__dict__:
    print(key, getattr(n, key))
try:
    for key in n.__dict__:
        setattr(n, key + "2", 0)
except RuntimeError as e:
    print("RuntimeError", e)
print(sorted(n.__dict__))
