# s += t in a function builds strings in linear time (an accumulator behind the local); the script
# must never see anything but an immutable str/bytes.


def build(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s


r = build(1000)
print(len(r), r[:12], r[-5:], type(r).__name__)


def interleaved():
    s = "x" * 300
    seen = []
    for i in range(5):
        t = s          # an alias taken between appends keeps the old value
        s += "ab"
        seen.append((len(t), len(s), t is s, t == s[:len(t)]))
    print(seen)
    print(s.count("ab"), s.upper()[-4:], s[300:])


interleaved()


def self_append():
    s = "q" * 300
    s += s
    s += s[:10]
    print(len(s), s is not None)


self_append()


def other_ops():
    s = "y" * 400
    s += "z"
    s *= 2
    print(len(s), s[399:402])
    s += "w"
    print(len(s), s.endswith("zw"), "zw" in s, s == "y" * 400 + "z" + "y" * 400 + "zw")
    try:
        s += 5
    except TypeError as e:
        print("TypeError", e)
    print(len(s))


other_ops()


def bytes_build():
    b = b""
    for i in range(500):
        b += bytes([65 + i % 26])
    b += b"!"
    print(len(b), b[:5], b[-3:], type(b).__name__)
    try:
        b += "str"
    except TypeError as e:
        print("TypeError", e)


bytes_build()


def locals_and_delete():
    s = "k" * 300
    s += "end"
    print(sorted(locals()), len(locals()["s"]), type(locals()["s"]).__name__)
    del s
    try:
        print(s)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    s = 1
    s += 2
    print(s)


locals_and_delete()


def gen():
    s = "g" * 300
    for i in range(3):
        s += str(i)
        yield s[-3:]
    yield len(s)


print(list(gen()))


def walrus():
    s = "w" * 300
    s += (s := "new")
    print(len(s), s[-4:])


walrus()


def mixed_types():
    x = "a" * 300
    x += "b"
    x = [1]
    x += [2]
    print(x)
    x = (1,)
    x += (2,)
    print(x)


mixed_types()

g = ""
for i in range(500):
    g += "m"
print(len(g))
