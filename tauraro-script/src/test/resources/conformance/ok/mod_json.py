# json.dumps / json.loads round trips and formatting options.
import json

data = {"name": "Ada", "age": 36, "langs": ["en", "fr"], "active": True, "spouse": None,
        "score": 9.5, "nested": {"k": [1, 2, {"deep": "yes"}]}}
text = json.dumps(data)
print(text)
back = json.loads(text)
print(back == data, back["nested"]["k"][2]["deep"], type(back["age"]).__name__)
print(json.dumps(data, indent=2))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True))
print(json.dumps([1, "two", 3.0, False, None]))
print(json.dumps("quote \" backslash \\ newline \n tab \t"))
print(json.dumps("caf\u00e9 \u4e2d"), json.dumps("caf\u00e9", ensure_ascii=False))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")))
print(json.dumps((1, 2)), json.dumps({1: "int key"}), json.dumps(10 ** 20))
parsed = json.loads('{"x": [1, 2.5, "s", true, false, null], "y": {"z": -3e2}}')
print(parsed)
print(json.loads("[]"), json.loads('"str"'), json.loads("  42 "), json.loads("1.0"))
print(json.loads('"\\u00e9\\n"'))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
try:
    json.loads("[1, 2")
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps([]), json.dumps({}), json.dumps({"e": []}, indent=2))
