import json
from collections import OrderedDict
data = {"b": [1, 2.5, None, True, False, "x\u00e9\n\t\"\\/"], "a": {"z": [], "y": {}}, "c": "\U0001F600 \x7f \x00"}
for kw in [{}, {'indent': 2}, {'indent': '\t'}, {'indent': 0}, {'indent': ''}, {'indent': -1}, {'indent': 2, 'separators': (',', ':')}, {'separators': (';', '=')},
           {'sort_keys': True}, {'ensure_ascii': False}, {'indent': 1, 'sort_keys': True, 'ensure_ascii': False}, {'indent': 3.0} ]:
    try: print(kw, json.dumps(data, **kw))
    except Exception as e: print(kw, type(e).__name__, e)
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd', False: 'e', -0.0: 'f', float('inf'): 'g', 10**20: 'h'}))
print(json.dumps({1: 'a', '1': 'b'}), json.dumps({2: 1, 1: 2}, sort_keys=True))
for bad in [{(1, 2): 'x'}, {b'x': 1}, {1j: 1}]:
    try: print(json.dumps(bad))
    except Exception as e: print(type(e).__name__, e)
    print(json.dumps(bad, skipkeys=True))
try: print(json.dumps({1: 'a', 'b': 2}, sort_keys=True))
except Exception as e: print(type(e).__name__, e)
for v in [float('nan'), float('inf'), float('-inf'), [float('nan')], {'a': float('inf')}]:
    print(json.dumps(v))
    try: print(json.dumps(v, allow_nan=False))
    except Exception as e: print(type(e).__name__, e)
for v in [1e16, 1e-7, 0.1, 1.0, -0.0, 123456789012345678901234567890, 1.5e300, 2**63, True, None]:
    print(json.dumps(v), json.dumps([v]))
class X: pass
for v in [X(), {1, 2}, b'abc', 1j, (1, 2), range(3)]:
    try: print(json.dumps(v))
    except Exception as e: print(type(e).__name__, e)
print(json.dumps({'s': {1, 2}}, default=sorted), json.dumps(X(), default=lambda o: 'X!'))
try: json.dumps({'a': [X()]}, default=lambda o: o)
except Exception as e: print(type(e).__name__, e)
a = []; a.append(a)
try: json.dumps(a)
except Exception as e: print(type(e).__name__, e)
d = {}; d['x'] = d
try: json.dumps(d)
except Exception as e: print(type(e).__name__, e)
try: json.dumps(d, check_circular=False)
except Exception as e: print(type(e).__name__, str(e)[:40])
try: json.dumps(X(), default=lambda o: o, check_circular=True)
except Exception as e: print(type(e).__name__, e)
class F(float): pass
class I(int): pass
class S(str): pass
import enum
class E(enum.IntEnum):
    A = 1
class FE(float, enum.Enum):
    P = 3.5
print(json.dumps([F(1.5), I(3), S('s'), E.A, FE.P, {S('k'): 1, I(2): 2, E.A: 3}]))
print(json.dumps(OrderedDict([('z', 1), ('a', 2)])), json.dumps((1, [2, (3,)])))
class MyEnc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(MyEnc().encode({'x': {3, 1}}), list(MyEnc(indent=1).iterencode([1, {2}])))
try: MyEnc().encode(X())
except Exception as e: print(type(e).__name__, e)
print(json.JSONEncoder().encode('abc'), json.JSONEncoder(ensure_ascii=False).encode('é'), json.JSONEncoder().encode(1.5))
print(json.dumps('\u2028\u2029\ud800'), ascii(json.dumps('\u2028', ensure_ascii=False)))
print(json.dumps([[]], indent=2), json.dumps({}, indent=2), json.dumps([{}], indent=2), json.dumps({'a': []}, indent=2))
print(repr(json.dumps([1, 2], indent=2, separators=(', ', ': '))))
e = json.JSONEncoder(indent=2)
print(e.indent, e.item_separator, e.key_separator, json.JSONEncoder().item_separator)
