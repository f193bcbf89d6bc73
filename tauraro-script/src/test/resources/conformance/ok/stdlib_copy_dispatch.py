# deepcopy's dispatch table and memo: a script's registrations, a memo of a dict subclass,
# containers changed while they are copied, cycles through tuples
import copy


class Logged(dict):
    def __setitem__(self, k, v):
        print("memo set", type(v).__name__)
        super().__setitem__(k, v)


data = [1, (2, [3]), {"k": "v"}]
out = copy.deepcopy(data, Logged())
print(out, out[1][1] is not data[1][1])


def copy_list_upper(x, memo):
    print("custom list copier", x)
    return ["custom"]


saved = copy._deepcopy_dispatch[list]
copy._deepcopy_dispatch[list] = copy_list_upper
print(copy.deepcopy({"a": [1], "b": ([2],)}))
copy._deepcopy_dispatch[list] = saved


class MyList(list):
    def __iter__(self):
        print("MyList.__iter__")
        return list.__iter__(self)


copy._deepcopy_dispatch[MyList] = copy._deepcopy_list
ml = copy.deepcopy([MyList([1, [2]])])
print(type(ml[0]).__name__, ml)
del copy._deepcopy_dispatch[MyList]


class Grower:
    def __init__(self, target):
        self.target = target

    def __deepcopy__(self, memo):
        self.target.append(len(self.target))
        return "grown"


lst = []
lst.append(Grower(lst))
print(copy.deepcopy(lst))


class Mutator:
    def __init__(self, d):
        self.d = d

    def __deepcopy__(self, memo):
        self.d["new"] = 1
        return "m"


d = {}
d["m"] = Mutator(d)
d["z"] = 2
try:
    copy.deepcopy(d)
except RuntimeError as e:
    print("RuntimeError:", e)

# a tuple reached again through a list while its items are copied
l = []
t = (l, 1)
l.append(t)
ct = copy.deepcopy(t)
print(ct[0][0] is ct, ct is not t)
print(copy.deepcopy((1, "a", None)) is not None)
shared = [1]
pair = copy.deepcopy((shared, shared))
print(pair[0] is pair[1])

# an object that copies to itself is not memoized; a copy is, with the original kept alive
memo = {}
x = [(1, 2), "s"]
copy.deepcopy(x, memo)
print(id(x[0]) in memo, id(x) in memo, len(memo[id(memo)]))
print(copy.deepcopy(x, {id(x): "seeded"}))


class WithDeepcopy:
    def __deepcopy__(self, memo):
        return ("wd", type(memo).__name__)


print(copy.deepcopy({"w": WithDeepcopy()}))
fs = [copy.deepcopy]
print(copy.deepcopy(fs)[0] is copy.deepcopy)
print(copy.deepcopy([len, print, int, range(3), b"b", 1.5, 2j, True, None, ...]))


# the order of the copies: a dict's value before its key, as y[deepcopy(k)] = deepcopy(v) evaluates
class Loud:
    def __init__(self, name):
        self.name = name

    def __deepcopy__(self, memo):
        print("copying", self.name)
        return Loud(self.name + "'")

    def __hash__(self):
        return hash(self.name)


print(len(copy.deepcopy({Loud("k1"): Loud("v1"), Loud("k2"): [Loud("v2"), (Loud("t"),)]})))
