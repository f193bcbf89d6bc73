import json
from collections import OrderedDict

docs = ['', ' ', '{', '}', '[', ']', '[1,]', '[1 2]', '{"a" 1}', '{"a":}', '{"a":1,}', '{,}', '{1:2}', '{"a":1 "b":2}', '"abc', '"a\\x"', '"\\u12"', '"\\u12zz"',
        'tru', 'nul', 'fals', 'NaN', '-Infinity', 'Infinity', '-', '-a', '01', '1.', '1.e5', '1e', '.5', '1e+', '[1, 2', '[\n1,\n2\n', '{\n"a": [\n1,\n}',
        '"a\nb"', '"\t"', '"\x00"', '123 456', '[] []', '  {"a": 1}  x', '\ufeff[]', '"\ud800"', '"\\ud800"', '"\\ud83d\\ude00"', '1e400', '-1e400', '-0', '-0.0',
        '12345678901234567890123456789', '1.5e-400', '[' * 3 + ']' * 3, '{"a": 1, "a": 2}', '"\\/\\b\\f\\n\\r\\t\\"\\\\"', '[-]', '[1,,2]', '{"a":1}}', 'nan', 'infinity', '[NaN, Infinity, -Infinity]']
for d in docs:
    try: print(repr(d), repr(json.loads(d)))
    except json.JSONDecodeError as e: print(repr(d), 'JDE', e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == d)
    except Exception as e: print(repr(d), type(e).__name__, e)
print(json.loads('{"a": 1.5, "b": 2, "c": [3.25]}', parse_float=lambda s: ("F", s), parse_int=lambda s: int(s) * 10))
print(json.loads('{"a": {"b": 1}, "c": 2}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2, "a": 3}', object_pairs_hook=lambda p: p))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=OrderedDict, object_hook=dict))
print(json.loads('[NaN, Infinity]', parse_constant=lambda s: 'C:' + s))
print(json.loads('"a\tb"', strict=False), repr(json.loads(b'{"x": 1}')), json.loads(bytearray(b'[1]')))
for b in [b'\xef\xbb\xbf[1]', '[1]'.encode('utf-16'), '[1]'.encode('utf-16-le'), '[1]'.encode('utf-32'), '"\u00e9"'.encode('utf-16-be')]:
    try: print(json.loads(b))
    except Exception as e: print(type(e).__name__, e)
for bad in [5, None, ['x']]:
    try: json.loads(bad)
    except Exception as e: print(type(e).__name__, e)
try: json.loads('1', foo=1)
except Exception as e: print(type(e).__name__, e)
try: json.dumps(1, foo=1)
except Exception as e: print(type(e).__name__, e)
e = json.JSONDecodeError('boom', 'ab\ncd', 4)
print(e, e.msg, e.doc, e.pos, e.lineno, e.colno, e.args, isinstance(e, ValueError), json.JSONDecodeError.__mro__[1].__name__)
dec = json.JSONDecoder()
print(dec.decode(' [1, 2] '), dec.raw_decode('[1] tail'), dec.raw_decode('xx{"a": 1}yy', 2))
for args in [('  [1]',), ('',), ('[1]', 5), ('[1]', -1)]:
    try: print(dec.raw_decode(*args))
    except Exception as e: print(type(e).__name__, e)
try: dec.decode('[1] 2')
except Exception as e: print(type(e).__name__, e)
class D(json.JSONDecoder):
    def __init__(self, **kw):
        kw.setdefault('object_hook', lambda d: {k.upper(): v for k, v in d.items()})
        super().__init__(**kw)
print(json.loads('{"a": {"b": 1}}', cls=D), json.loads('{"a": 1}', cls=D, object_hook=lambda d: 'H'))
class D2(json.JSONDecoder):
    def decode(self, s):
        return ('decoded', s)
print(json.loads('[1]', cls=D2), json.loads('[1]', cls=D2, parse_int=None))
try: json.loads('[1]', cls=D2, bogus=1)
except Exception as e: print(type(e).__name__, e)
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)): return sorted(o)
        if isinstance(o, complex): return [o.real, o.imag]
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}, 'c': 1+2j}, cls=E), json.dumps([{1}], cls=E, indent=2))
try: json.dumps(object(), cls=E)
except Exception as e: print(type(e).__name__, str(e))
class E2(json.JSONEncoder):
    def __init__(self, *, tag='T', **kw):
        super().__init__(**kw)
        self.tag = tag
    def encode(self, o):
        return self.tag + super().encode(o)
print(json.dumps([1], cls=E2), json.dumps([1], cls=E2, tag='Z', sort_keys=True))
enc = json.JSONEncoder(indent=2, sort_keys=True)
print(list(enc.iterencode({'b': [1, {'c': None}], 'a': 'x'})))
print(list(json.JSONEncoder().iterencode([1, [2, [3]], {'a': 1.5, 'b': True}])))
print(list(json.JSONEncoder(separators=(',', ':')).iterencode({'k': [], 'j': {}})))
print(json.JSONEncoder(indent=2).encode([1, [2]]), json.JSONEncoder().encode('é'), json.JSONEncoder(ensure_ascii=False).encode('é'))
print(list(json.JSONEncoder().iterencode('x')), list(json.JSONEncoder().iterencode(5)))
try: list(json.JSONEncoder(allow_nan=False).iterencode([float('nan')]))
except Exception as e: print(type(e).__name__, e)
try: json.dumps([float('inf')], allow_nan=False, indent=1)
except Exception as e: print(type(e).__name__, e)
try: json.dumps({1: 1, 'a': 2}, sort_keys=True, indent=1)
except Exception as e: print(type(e).__name__, e)
import io
class W(io.StringIO):
    n = 0
    def write(self, s):
        self.n += 1
        return super().write(s)
w = W(); json.dump({'a': [1, 2]}, w, cls=E); print(w.getvalue(), w.n)
w = W(); json.dump({'a': [1, 2]}, w); print(w.getvalue())
print(json.load(io.StringIO('{"a": [1]}'), cls=D))
from json import JSONEncoder, JSONDecoder
from json.decoder import JSONDecodeError
import json.encoder, json.decoder
print(JSONDecodeError is json.JSONDecodeError, json.decoder.JSONDecoder is JSONDecoder, json.encoder.JSONEncoder is JSONEncoder)
print(json.encoder.encode_basestring_ascii('é"\n'), json.encoder.encode_basestring('é"\n'))
print(JSONEncoder.item_separator, JSONEncoder().key_separator, JSONEncoder(indent=0).item_separator)
try:
    json.loads('[1,')
except json.decoder.JSONDecodeError as e:
    print('caught', e)
import json
class MyE(json.JSONDecodeError): pass
e = MyE('a', 'xy', 1); print(repr(e), e.pos, e.colno)
class MyF(json.JSONDecodeError):
    def __init__(self, msg):
        super().__init__(msg, 'doc', 2)
f = MyF('m'); print(f, f.args, f.doc)
try: raise MyE('q', 'w', 0)
except ValueError as x: print('ok', x)
try: json.JSONDecodeError('a')
except Exception as x: print(type(x).__name__, x)
