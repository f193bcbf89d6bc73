# match statements: class bodies, nested matches, walrus in guards, namedtuples, bool/int/float literals
class K:
    match 3:
        case int(v):
            attr = v
print(K.attr, K.v)
def f(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as d] if (n := len(d)) > 0:
            return d, n
        case ["drop", *objs] if objs:
            return "drop", objs
        case _:
            match cmd:
                case "":
                    return "empty"
                case str(s):
                    return "unknown " + s
print(f("go north"), f("drop a b"), f(""), f("xyz"))
import collections
Pt = collections.namedtuple("Pt", "x y")
match Pt(1, 2):
    case Pt(x=1, y=y):
        print("nt", y)
    case (a, b):
        print("tuple", a, b)
match (1, 2):
    case Pt(x, y):
        print("no")
    case [a, b]:
        print("seq", a, b)
x = 5
match 5:
    case x if x > 3:
        print("captured", x)
match {"a": {"b": [1, {"c": 3}]}}:
    case {"a": {"b": [_, {"c": c}]}}:
        print("deep", c)
match 1.0:
    case 1:
        print("1.0 matches 1")
match True:
    case 1:
        print("True matches 1")
match 1:
    case True:
        print("wrong")
    case _:
        print("1 is not True")
