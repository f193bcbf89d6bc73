import json, collections, io
class I(int):
    def __repr__(self): return 'I!'
    def __str__(self): return 'Istr'
class F(float):
    def __repr__(self): return 'F!'
class S(str):
    def __str__(self): return 'Sstr'
class D(dict):
    def items(self): return [('fake', 1)]
    def keys(self): return ['fake']
class L(list):
    def __iter__(self): return iter([9])
print(json.dumps([I(5), F(2.5), S('s'), {I(1): 1, F(0.5): 2, S('k'): 3}]))
print(json.dumps(collections.OrderedDict(b=1, a=2), sort_keys=True), json.dumps(collections.defaultdict(int, x=1)), json.dumps(collections.Counter('aab')), json.dumps(collections.namedtuple('P', 'x y')(1, 2)))
try: json.dumps({'a': 1, 2: 3, None: 4}, sort_keys=True)
except Exception as e: print(type(e).__name__, e)
print(json.dumps({True: 1, 1: 2}), json.dumps({1.0: 'a', 1: 'b'}), json.dumps({float('nan'): 1}), json.dumps({-0.0: 1, 1e100: 2, 1e-5: 3}))
try: json.dumps({float('nan'): 1}, allow_nan=False)
except Exception as e: print(type(e).__name__, e)
print(json.dumps('\x1f\x7f\u00ff\u0100\ufffe'), json.dumps('\x1f\x7f\u00ff', ensure_ascii=False) == '"\\u001f\x7f\u00ff"')
buf = io.StringIO(); json.dump({'a': [1, None]}, buf, indent=' '); print(repr(buf.getvalue()))
print(json.load(io.StringIO(' [1, {"b": null}] ')), json.loads('{"__proto__": 1}'), json.loads('[1e5, 1E-2, -0, 0.0e0, 10000000000000000000000]'))
print(json.loads('"\\u00e9\\ud83d\\ude00"') == '\u00e9\U0001F600', json.loads('"\\uD83D"') == '\ud83d', json.loads(' \t\n\r1 \t\n\r'))
for s in ['\x0c1', '1\x0c', '[1,\x0b2]', '{"a":1,"a":2,"b":[]}', '"\\u0000"', '"\x7f"', '[1.0e+2, 2E2]', '-', '--1', '+1', '0x1', '1_0', '.1', '1.e1', 'Infinity1', '[Infinity]', '-NaN', 'NaNx', 'truex', 'true false']:
    try: print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e: print(repr(s), e)
print(json.loads('[1, 2.0]', parse_int=float, parse_float=str), json.loads('{"a": 1}', object_pairs_hook=list), json.loads('123', parse_int=lambda x: x + '!'))
try: json.loads('[1]', parse_int=lambda x: 1 / 0)
except Exception as e: print(type(e).__name__, e)
try: json.loads('{"a": 1}', object_hook=lambda d: d['zzz'])
except Exception as e: print(type(e).__name__, repr(e))
print(json.dumps([1, [2, [3]]], indent=0), json.dumps({'a': {'b': {}}}, indent=-5), json.dumps([], indent=4), json.dumps({'x': 1}, separators=('', '')), json.dumps([1, 2], separators=[';', ':']))
try: json.dumps([1], separators=(',',))
except Exception as e: print(type(e).__name__, e)
try: json.dumps([1], separators=(1, 2))
except Exception as e: print(type(e).__name__, e)
try: json.dumps([1], separators=(',', None))
except Exception as e: print(type(e).__name__, e)
