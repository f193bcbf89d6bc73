import io
import quopri

print(quopri.__all__, quopri.ESCAPE, quopri.MAXLINESIZE, quopri.HEX, quopri.EMPTYSTRING)
samples = [b'', b'hello', b'a=b', b'caf\xc3\xa9', b'tab\there', b'trailing space \nnext',
           b'trailing tab\t\n', b'end space ', b'end tab\t', b'.\n', b'.', b'..\n', b'a\n.\nb', b'.\r\n',
           b'crlf line \r\nsecond\r\n', b'lone\rcr', b'under_score and space', b'\x00\x01\x7f\x80\xff',
           b'x' * 75, b'x' * 76, b'x' * 77, b'x' * 200, b'x' * 74 + b'=', b'x' * 73 + b'\xff' * 3,
           (b'word ' * 30) + b'\n' + b'y' * 80, b'x' * 75 + b'\n', b'x' * 76 + b'\r\nab',
           b'mixed\nthen\r\ncrlf', b'\n\n\n', b' \n \n', b'\t']
for s in samples:
    for qt in (False, True):
        for hd in (False, True):
            e = quopri.encodestring(s, qt, hd)
            print(qt, hd, e, quopri.decodestring(e, hd) == s)
print(quopri.encodestring(b'a b', quotetabs=True), quopri.encodestring(b'a b_c', header=True))
for t in [b'a=3Db', b'a=3db', b'a=3', b'a=', b'=', b'==', b'a=\nb', b'a=\r\nb', b'a= \nb', b'a=\rb\nc',
          b'=G1', b'=1G', b'=x', b'a_b', b'a=5F', b'soft=\n\nbreak', b'=0D=0A', 'ascii=41', b'=\r',
          bytearray(b'x=41'), memoryview(b'y=42')]:
    print(bytes(t) if isinstance(t, memoryview) else t, quopri.decodestring(t), quopri.decodestring(t, header=True))
out = io.BytesIO()
quopri.encode(io.BytesIO(b'line one \nline=two\t\n\xe9t\xe9'), out, quotetabs=False)
print(out.getvalue())
out2 = io.BytesIO()
quopri.decode(io.BytesIO(out.getvalue()), out2)
print(out2.getvalue())
out3 = io.BytesIO()
quopri.encode(io.BytesIO(b'a b_c'), out3, True, header=True)
print(out3.getvalue())
out4 = io.BytesIO()
quopri.decode(io.BytesIO(b'a_b=5Fc'), out4, header=True)
print(out4.getvalue())
print(quopri.encodestring(bytearray(b'a=')), quopri.encodestring(memoryview(b'a\xff')))

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('enc str', lambda: quopri.encodestring('abc'))
attempt('enc None', lambda: quopri.encodestring(None))
attempt('dec int', lambda: quopri.decodestring(5))
attempt('dec non-ascii', lambda: quopri.decodestring('\xe9'))
attempt('needsquoting', lambda: [quopri.needsquoting(bytes([c]), q, h) for c in b' \t_=a~\x7f\n' for q in (0, 1) for h in (0, 1)])
attempt('quote', lambda: (quopri.quote(b'='), quopri.quote(b'\xff'), quopri.quote(b' ')))
attempt('ishex', lambda: [quopri.ishex(bytes([c])) for c in b'09afAFgG '])
attempt('unhex', lambda: (quopri.unhex(b'3D'), quopri.unhex(b'ff'), quopri.unhex(b'')))

import random
r = random.Random(7)
alphabet = b' \t\r\n===._aZfFgE.\x00\xff\x7f~!0123456789'
digest = []
for k in range(400):
    n = r.choice([0, 1, 3, 10, 75, 76, 77, 150])
    data = bytes(r.choice(alphabet) for _ in range(n)) if k % 2 else bytes(r.randrange(256) for _ in range(n))
    qt, hd = k % 3 == 0, k % 5 == 0
    enc = quopri.encodestring(data, qt, hd)
    digest.append((len(enc), enc.count(b'=\n'), quopri.decodestring(enc, hd) == data, quopri.decodestring(data, hd)[:6]))
print(digest[:20])
print(sum(d[0] for d in digest), sum(d[1] for d in digest), all(d[2] for d in digest))
