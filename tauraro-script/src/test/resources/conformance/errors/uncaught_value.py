def parse(s):
    return int(s)

def load(items):
    return [parse(x) for x in items]

print("before")
load(["1", "2", "x"])
print("after")
