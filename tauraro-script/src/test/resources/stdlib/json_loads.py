import json
for s in ['', '{bad json}', '[1, 2', '{"a" 1}', '{"a": 1,}', '[1,]', '"abc', '"a\nb"', '"\\x"', '"\\u12"', '[1] x',
          '  ', '{"a":1 "b":2}', 'nul', '-', '01', '1.', '[\n1,\n?]', '{"a":', '[', '\ufeff1', 'NaN', '-Infinity',
          '1e999', '{"a":1,"a":2,"b":3}', '"\\', '"\\u00zz"', '{', '{"a"', '{"a":1', '[1 2]', 'tru', '"\\ud83d\\ude00"',
          '123456789012345678901234567890', '-0', '-0.0', '2.5E-3', ' {"k" : [ ] , "v" : { } } ', '"\\/\\b\\f\\r\\t"']:
    try:
        print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), "ERR", e, e.pos, e.lineno, e.colno, repr(e.msg))
print(json.JSONDecodeError.__mro__, json.JSONDecodeError)
print(isinstance(json.JSONDecodeError("m", "doc", 0) if False else ValueError(), ValueError))
print(json.loads('{"a": 1.5, "b": 2}', parse_float=str, parse_int=float))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: list(d.items())))
print(json.loads('{"a": 1, "b": [true]}', object_pairs_hook=lambda p: p))
print(json.loads(b'[1, "x"]'), json.loads('"a\tb"', strict=False))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
