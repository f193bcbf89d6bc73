# global and nonlocal, shadowing, UnboundLocalError.
x = 1
counter = 0


def read_global():
    return x


def shadow():
    x = 2
    return x


def write_global():
    global counter
    counter += 1


print(read_global(), shadow(), x)
write_global()
write_global()
print(counter)


def new_global():
    global created
    created = "made inside"


new_global()
print(created)


def outer():
    a = 1
    b = 1

    def inner():
        nonlocal a
        a += 10
        b = 100
        return a, b
    r = inner()
    return r, a, b


print(outer())


def nested_nonlocal():
    v = 0

    def level1():
        def level2():
            nonlocal v
            v += 1
        level2()
        level2()
    level1()
    return v


print(nested_nonlocal())


def unbound():
    try:
        print(x)
        x = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


unbound()
for i in range(3):
    pass
print("loop var after loop:", i)
if True:
    block_var = "visible"
print(block_var)


class K:
    attr = x * 10
    doubled = [v * 2 for v in [attr]]


print(K.attr, K.doubled)
