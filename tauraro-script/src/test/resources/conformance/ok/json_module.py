import json

data = {"name": "Tauraro", "version": 1, "ratio": 0.1, "big": 2 ** 70, "tags": ["a", "b"], "ok": True,
        "none": None, "nested": {"x": [1, 2.5, {"y": []}], "empty": {}}, "unicode": "caf\u00e9 \u2603", 3: "int key"}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=False))
print(json.dumps([1, [2, [3]]], indent=4))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps("quote\"s\\ and\nnewline"), json.dumps(1e16))
print(json.dumps({"k": "v"}, separators=(",", ":")), json.dumps("é", ensure_ascii=False), json.dumps((1, 2)))
back = json.loads('{"a": [1, 2.0, "three", null, true, false], "b": {"c": 12345678901234567890}}')
print(back, type(back["a"][1]).__name__, back["b"]["c"] + 1)
print(json.loads(json.dumps(data)) == {**data, "3": "int key"} or "keys became strings")
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("decode error is ValueError:", isinstance(e, ValueError))
try:
    json.dumps(object())
except TypeError as e:
    print(e)
