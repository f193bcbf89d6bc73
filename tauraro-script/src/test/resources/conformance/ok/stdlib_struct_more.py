import struct
fmts = ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'e', 'f', 'd', '?', 'c', 's', '5s', 'p', '5p', 'x', 'P', '<h', '>h', '!h', '=l', '@l', '<q', '3h', '2x', 'hi', '<hi', '@hi', 'bq', '@bq', '=bq', '0s', '0i', ' i ', 'i  h', '']
for f in fmts:
    try: print(repr(f), struct.calcsize(f))
    except Exception as e: print(repr(f), type(e).__name__, e)
for f, v in [('b', 127), ('b', 128), ('b', -129), ('B', 256), ('B', -1), ('h', 40000), ('H', -1), ('i', 2**31), ('I', 2**32), ('q', 2**63), ('Q', -1), ('Q', 2**64),
             ('n', 2**63), ('N', -1), ('b', 1.0), ('b', '1'), ('i', None), ('?', []), ('?', 'x'), ('c', b'ab'), ('c', 'a'), ('c', 1), ('s', 'abc'), ('3s', b'abcdef'), ('3s', b'a'),
             ('p', b'abc'), ('3p', b'abcdef'), ('e', 1e10), ('e', 65504.0), ('e', 65520.0), ('f', 1e40), ('f', float('inf')), ('d', 'x'), ('e', float('nan')), ('f', 3.4e38),
             ('P', -1), ('P', 5), ('<P', 5), ('x', 1), ('h', True), ('i', 2.5)]:
    try: print(f, repr(v), struct.pack(f, v))
    except Exception as e: print(f, repr(v), type(e).__name__, e)
for f, args in [('hh', (1,)), ('h', (1, 2)), ('3s2h', (b'x', 1, 2)), ('', ()), ('', (1,)), ('2c', (b'a', b'b')), ('x', ()), ('i', ())]:
    try: print(f, args, struct.pack(f, *args))
    except Exception as e: print(f, args, type(e).__name__, e)
for f, b in [('h', b'\x01'), ('h', b'\x01\x02\x03'), ('<h', b'\x01\x02'), ('>i', b'\xff\xff\xff\xfe'), ('?', b'\x02'), ('c', b'z'), ('3s', b'abc'), ('3p', b'\x05abc'), ('e', b'\x00\x7c'),
             ('<d', b'\x00' * 7 + b'\xf0'), ('>f', b'\x7f\xc0\x00\x00'), ('2h', b'\x01\x00\x02\x00'), ('x', b'\x00'), ('0s', b''), ('P', b'\x00' * 8)]:
    try: print(f, b, struct.unpack(f, b))
    except Exception as e: print(f, b, type(e).__name__, e)
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')))
for f, b in [('<h', b'\x01\x00\x02'), ('<h', b''), ('0s', b'')]:
    try: print(list(struct.iter_unpack(f, b)))
    except Exception as e: print(type(e).__name__, e)
buf = bytearray(10)
struct.pack_into('<hi', buf, 2, 5, -1); print(buf)
for off in [9, -1, -11, 20]:
    try: struct.pack_into('<h', buf, off, 1); print(off, buf)
    except Exception as e: print(off, type(e).__name__, e)
for off in [0, 8, 9, -2, -11]:
    try: print(off, struct.unpack_from('<h', buf, off))
    except Exception as e: print(off, type(e).__name__, e)
print(struct.unpack_from('<h', buffer=b'\x01\x02\x03', offset=1))
S = struct.Struct('<3sh')
print(S.format, S.size, S.pack(b'ab', 7), S.unpack(b'abc\x07\x00'), repr(S)[:16])
try: struct.Struct(5)
except Exception as e: print(type(e).__name__, e)
print(struct.Struct(b'<h').format)
for f in ['z', '<z', '3', '3!', 'h!', '-1h', '99999999999999999999h', '<>h', 'h<', 'iP>']:
    try: print(f, struct.calcsize(f))
    except Exception as e: print(f, type(e).__name__, e)
try: struct.unpack('h', 'ab')
except Exception as e: print(type(e).__name__, e)
try: struct.pack()
except Exception as e: print(type(e).__name__, e)
class Idx:
    def __index__(self): return 7
print(struct.pack('i', Idx()), struct.pack('<q', -2**63), struct.unpack('<Q', b'\xff'*8))
print(struct.error.__mro__, struct.pack('?', 0), struct.pack('?', 5))
import struct
for p in '@<':
  for c in 'bBhHiIlLqQnN':
    if p=='<' and c in 'nN': continue
    for v in [2**70, -2**70, 2**32, -1, 2**16, 2**64]:
        try: struct.pack(p+c, v); r='ok'
        except Exception as e: r=type(e).__name__+' '+str(e)
        print(p+c, v if v < 2**65 else 'big', r)
for f in ['f','<f','>f','e','<e','d']:
    for v in [1e40, 1e300, -1e40, 65520.0, 1e5]:
        try: print(f, v, struct.pack(f, v))
        except Exception as e: print(f, v, type(e).__name__, e)
for f in ['>q','!q','!Q','>Q','>i','>h','>b','>B','>H','>I', '>l','>L', '=q', '=Q']:
  for v in [2**63, 2**64, 2**70, -2**63-1, -1, -2**70, 2**31, 2**32]:
    try: struct.pack(f, v)
    except Exception as e: print(f, v, e)
class A:
    pass
A.__module__ = "zz"
class B:
    __module__ = "yy"
print(repr(A())[:12], repr(B())[:12], A, B)
