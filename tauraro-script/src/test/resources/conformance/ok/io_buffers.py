import io, os, tempfile
def err(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
b = io.BytesIO(b'abc'); v = b.getbuffer()
print(type(v).__name__, len(v), v.readonly, v.tobytes())
v[0] = 0x41
print(b.getvalue())
for f in [lambda: b.seek(0), lambda: b.write(b'x'), lambda: b.read(), lambda: b.truncate(1), lambda: b.close(), lambda: b.getvalue(), lambda: b.readinto(bytearray(2))]:
    err(f)
v.release(); b.close()
err(lambda: b.getbuffer())
b = io.BytesIO(b'hello'); buf = bytearray(3)
print(b.readinto(buf), buf, b.readinto(memoryview(buf)[1:]), buf, b.readinto(buf), b.tell())
err(lambda: b.readinto(b'xx'))
b = io.BytesIO(b'xyz'); b.getbuffer()[1] = 0x59; b.write(b'!'); print(b.getvalue())
class M(io.BytesIO):
    def __init__(self, tag):
        super().__init__(b'init:' + tag)
        self.tag = tag
    def shout(self):
        return self.getvalue().upper()
m = M(b'x'); print(m.read(), m.shout(), m.tag, isinstance(m, io.BytesIO), type(m).__name__)
with M(b'y') as f:
    print(type(f).__name__, f.shout())
class S(io.StringIO):
    def lines(self):
        return list(self)
s = S('a\nb\n'); print(s.lines(), repr(s.getvalue()), repr(S().getvalue()), s.write('c'), repr(s.getvalue()))
class E(io.BytesIO):
    pass
e = E(b"qq"); print(e.getvalue(), e.read(1), next(e), list(E(b"a\nb")))
class W(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
w = W(); print('hi', file=w); print(repr(w.getvalue()))
d = tempfile.mkdtemp(); p = os.path.join(d, 'f.bin')
with open(p, 'wb') as f:
    print(f.write(bytearray(b'0123456789')), f.write(memoryview(b'ab')))
with open(p, 'rb') as f:
    buf = bytearray(4); print(f.readinto(buf), buf, f.readinto(memoryview(buf)[2:]), buf, f.read())
with open(p, 'rb', buffering=0) as f:
    buf = bytearray(5); print(f.readinto(buf), buf)
    err(lambda: f.readinto(b'xx'))
os.remove(p); os.rmdir(d)
