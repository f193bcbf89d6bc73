# An augmented assignment neither side supports names the augmented operator, as CPython 3.11.
x = 1
for make in [lambda: None, lambda: "s", lambda: [1]]:
    for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "&=", "|=", "^=", "<<=", ">>=", "@="]:
        y = 1.5 if op in ("+=", "-=") else 1
        try:
            exec(f"y {op} v", {"y": y, "v": make()})
            print(op, "ok")
        except TypeError as e:
            print(op, e)
l = [1]
try:
    l -= None
except TypeError as e:
    print(e)
s = "a"
try:
    s += 1
except TypeError as e:
    print(e)
