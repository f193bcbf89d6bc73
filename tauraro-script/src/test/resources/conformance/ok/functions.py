def greet(name, greeting="Hello", *args, punct="!", **kwargs):
    return f"{greeting}, {name}{punct} {args} {sorted(kwargs.items())}"
print(greet("Ann"))
print(greet("Bob", "Hi", 1, 2, punct="?", x=1, y=2))
print(greet(greeting="Yo", name="Cy"))
def make_counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc
c = make_counter()
print(c(), c(), c(10))
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
g = 0
def bump():
    global g
    g += 1
bump(); bump()
print(g)
def deco(fn):
    def wrapper(*a, **k):
        return "<" + str(fn(*a, **k)) + ">"
    return wrapper
@deco
def double(x):
    return x * 2
print(double(21), double.__name__)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))
def apply(f, *args):
    return f(*args)
print(apply(max, 3, 7, 5), apply(lambda: "none"), (lambda *a: len(a))(1, 2, 3))
args = [1, 2]
kwargs = {"punct": "."}
print(greet(*["Dee", "Hey"], **kwargs))
def fn_defaults(a, b=[]):
    b.append(a)
    return b
print(fn_defaults(1), fn_defaults(2))
print(sorted(["bb", "a", "ccc"], key=len), list(map(lambda s: s.upper(), ["a", "b"])))
