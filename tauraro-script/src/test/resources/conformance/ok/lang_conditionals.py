# if/elif/else, conditional expressions, short-circuit evaluation, walrus in conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"


print([classify(n) for n in (-5, 0, 3, 42)])


def grade(score):
    return "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "F"


print([grade(s) for s in (95, 85, 75, 10)])


def loud(v, tag):
    print("eval", tag)
    return v


if loud(0, "a") and loud(1, "b"):
    print("unreachable")
if loud(1, "c") or loud(1, "d"):
    print("or short-circuits")
x = loud([], "e") or loud("fallback", "f")
print(x)
data = [1, 2, 3, 4, 5]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")
chunks = []
it = iter(range(7))
while (chunk := [v for _, v in zip(range(3), it)]):
    chunks.append(chunk)
print(chunks)
print([y for v in range(6) if (y := v * v) % 2 == 0])
value = None
if value is None:
    print("value is None")
if not value:
    print("falsy")
if isinstance(data, list) and data and data[0] == 1:
    print("guarded access")
nested = 7
if nested > 5:
    if nested > 6:
        print("deeply nested true")
    else:
        print("not this")
else:
    pass
print("yes" if [] else "no", "yes" if [0] else "no")
