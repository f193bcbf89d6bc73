import json
print(json.dumps(float('nan')), json.dumps([float('inf'), -float('inf')]))
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print(e)
try:
    json.dumps({(1, 2): 1})
except TypeError as e:
    print(e)
print(json.dumps({(1, 2): 1, "a": 2}, skipkeys=True))
print(json.dumps({True: 1, None: 2, 1.5: 3, 2: 4}))
print(json.dumps([1, [2, {"a": []}]], indent="\t"))
print(json.dumps([1, [2, {"a": {}}]], indent=0))
print(json.dumps({"a": [1, 2]}, indent=2, separators=(", ", ": ")))
print(json.dumps("\x00\x1f\x7f\u2028\U0001F600"), json.dumps("\x00\x1f\x7f\u2028\U0001F600", ensure_ascii=False))
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True))
print(json.dumps({"b": 1, "a": 2, "c": [3]}, sort_keys=True, indent=1))
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
print(json.dumps({1, 2}, default=sorted))
print(json.dumps(1e16), json.dumps(-0.0), json.dumps(10 ** 30), json.dumps(True), json.dumps(0.1 + 0.2))
print(json.dumps({"x": [1, 2, 3]}, separators=(",", ":"), indent=None))
try:
    json.dumps(object())
except TypeError as e:
    print(e)
print(json.dumps("\b\f\r\"\\/"), json.dumps(""), json.dumps(None), json.dumps([[], {}, [[]]]))
print(json.dumps({"nested": {"list": [1, {"k": None}]}}, indent=3))


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


o = Out()
json.dump({"a": [1, 2]}, o)
print("".join(o.parts))


class In:
    def read(self):
        return '{"from": "file"}'


print(json.load(In()))
