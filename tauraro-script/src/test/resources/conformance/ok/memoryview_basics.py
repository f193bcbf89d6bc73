ba = bytearray(b'abcdef')
m = memoryview(ba)
print(m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.readonly, m.obj is ba, m.c_contiguous, m.contiguous, m.suboffsets)
s = m[::2]
print(s.tolist(), s.strides, s.c_contiguous, s.tobytes(), s.nbytes, s.shape)
c = m.cast('c')
print(c[0], c.tolist(), c.format)
h = m[:4].cast('H')
print(h.tolist(), h.format, h.itemsize, h.nbytes, h[1], len(h))
h[0] = 65535
print(ba)
m[1] = 0x41
m[2:4] = b'XY'
print(ba, m[2], bytes(m[2:4]))
ba[5] = 0x5A
print(m[-1], m.tobytes())
def err(f):
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: h.cast('I'))
err(lambda: s.cast('B'))
err(lambda: m.__setitem__(0, 256))
err(lambda: m.__setitem__(0, b'a'))
err(lambda: m.__setitem__(slice(0, 2), b'abc'))
err(lambda: c.__setitem__(0, 1))
err(lambda: m['a'])
err(lambda: m[10])
err(lambda: ba.append(1))
err(lambda: ba.extend(b'xy'))
err(lambda: ba.pop())
err(lambda: memoryview('abc'))
err(lambda: memoryview(b'ab').__setitem__(0, 1))
err(lambda: memoryview(b'ab').cast('x'))
err(lambda: memoryview(b'abc').cast('H'))
err(lambda: hash(memoryview(ba)))
err(lambda: memoryview(b'ab') < b'a')
m.release(); s.release(); c.release(); h.release()
ba.append(1)
print(ba)
err(lambda: m[0])
err(lambda: len(m))
err(lambda: m.tobytes())
print(repr(m)[:18])
with memoryview(b'xy') as v:
    print(v.tobytes(), v == b'xy', v == bytearray(b'xy'), v.hex(), v.hex(':'), hash(v) == hash(b'xy'), list(v), 120 in v, b'x'[0] in v)
err(lambda: v[0])
print(memoryview(b'ab') == memoryview(b'ab'), memoryview(b'ab') != b'ab', memoryview(b'ab').toreadonly().readonly, memoryview(b'ab') == 'ab')
m = memoryview(ba)
err(lambda: m.__delitem__(0))
print(m.cast('b').tolist()[:2], memoryview(b'\xff').cast('b')[0], memoryview(b'\x01\x00\x00\x00\x00\x00\xf0?').cast('d')[0], memoryview(b'\x01\x00').cast('?').tolist())
print(bytes(m[1:3]), bytearray(m[1:3]), m[-1], m[::-1].tolist(), m[::-1].tobytes())
print(memoryview(b'\x01\x00\x00\x00\xff\xff\xff\xff').cast('i').tolist(), memoryview(b'\x01\x00\x00\x00\xff\xff\xff\xff').cast('I').tolist(), memoryview(bytes(8)).cast('Q').tolist())
print(memoryview(b'abc').cast('B', [3]).tolist(), type(memoryview(b'')).__name__, isinstance(memoryview(b''), memoryview), bool(memoryview(b'')))
mm = memoryview(memoryview(b'qq')); print(mm.tobytes(), mm.readonly)
m.release()
def grow():
    b = bytearray(b'12')
    memoryview(b)[0] = 0x33  # a temporary view, dropped at once
    b.append(0x34)
    return b
print(grow())
