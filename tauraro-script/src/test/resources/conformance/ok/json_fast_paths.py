# json over the decoder's and encoder's fast paths: repeated and escaped keys, duplicate keys,
# integers around the long range, floats of every length, plain and escaped strings, hooks.
import json

doc = '[' + ','.join('{"id": %d, "name": "n%d", "k\\u00e9y": %d, "id": %d}' % (i, i, -i, i * 2) for i in range(5)) + ']'
records = json.loads(doc)
print(records, [list(r) for r in records][:2])
print(records[0].keys() == records[1].keys(), all(type(k) is str for r in records for k in r))
for text in ["0", "-0", "7", "-12", "999999999999999999", "-999999999999999999", "1000000000000000000",
             "9223372036854775807", "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890",
             "1.5", "-0.0", "1e400", "2.5e-3", "0.1", "1E5", "123.456e2", "3.141592653589793", "1.7976931348623157e308",
             "5e-324", "2e23", "100.0", "1e16", "0.30000000000000004", "12345678901234567890.5"]:
    v = json.loads(text)
    print(text, type(v).__name__, repr(v), json.dumps(v))
for text in ['"plain"', '"tab\\there"', '"quote \\" in"', '"\\ud83d\\ude00"', '"é东"', '""', '"a\\\\b"', '"\\/"',
             '{"a": 1, "a": 2}', '{"": {"": []}}', '"\\u0000"']:
    v = json.loads(text)
    print(text, ascii(v), json.dumps(v), json.dumps(v, ensure_ascii=False))
for bad in ['"ctrl\x01"', '{"a" 1}', '"unterminated', '{"a": 01}', '[1,]', '{"k\\x": 1}', '"\\ud800"']:
    try:
        print(ascii(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(ascii(bad), "JSONDecodeError", e)
print(json.loads('{"b": 1, "a": [1, 2]}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1, 2.5, 3]', parse_int=str, parse_float=lambda s: "f" + s))
print(json.dumps({"x": [1.0, 2.25, -3e-7, 1e22, float("inf")], "s": "café\n\"q\" \u2028 😀", 5: None, 2.5: True}))
print(json.dumps({"x": [1, {"y": "é"}]}, indent=2, ensure_ascii=False, sort_keys=True))
print(json.dumps([2 ** 63, -2 ** 63, 2 ** 100, True, False]))

# objects are built once their pairs are read: deep nesting, objects wider than the decoder's first
# buffer, a hook seeing each finished object, and a document failing inside a nested object
wide = "{" + ", ".join('"w%d": {"i": %d, "k": [%d, {"z": %d}]}' % (i, i, i, i) for i in range(150)) + "}"
doc = json.loads(wide)
print(len(doc), list(doc)[:3], list(doc)[-1], doc["w149"], doc["w7"]["k"][1])
deep = json.loads('{"a": ' * 60 + '{"leaf": [1, 2], "leaf": 3}' + '}' * 60)
depth = 0
while "a" in deep:
    deep = deep["a"]
    depth += 1
print(depth, deep)
seen = []
print(json.loads('{"x": {"y": {"z": 1}, "w": 2}, "v": 3}', object_hook=lambda d: seen.append(sorted(d)) or len(d)), seen)
for bad in ['{"a": {"b": 1, "c": }}', '{"a": {"b": 1 "c": 2}}', '{"a": [{"b": 1}, {"c" 2}]}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(e)
print(json.loads('{"after": {"error": true}}'))
