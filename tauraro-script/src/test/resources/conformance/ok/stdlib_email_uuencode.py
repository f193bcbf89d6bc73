from email.message import Message
import email
data = [b'hello uu world', b'', b'x', bytes(range(256)), b'ab' * 40]
# uuencoded lines written out by hand rule: length char then groups of 4
def enc(b):
    out = []
    for i in range(0, len(b), 45):
        chunk = b[i:i + 45]
        line = chr(32 + len(chunk))
        for j in range(0, len(chunk), 3):
            g = chunk[j:j + 3] + b'\0' * (3 - len(chunk[j:j + 3]))
            n = (g[0] << 16) | (g[1] << 8) | g[2]
            line += ''.join(chr(32 + ((n >> s) & 63)) if (n >> s) & 63 else '`' for s in (18, 12, 6, 0))
        out.append(line)
    return '\n'.join(out + ['`'])
for d in data:
    m = Message(); m['Content-Transfer-Encoding'] = 'x-uuencode'
    m.set_payload('begin 644 f.bin\n' + enc(d) + '\nend\n')
    print(m.get_payload(decode=True) == d, len(m.get_payload(decode=True)))
for body in ['garbage', 'begin xyz f\nabc\nend\n', 'begin 644 f\n#86)C\n\nend\n', 'begin 644 f\n']:
    m = Message(); m['Content-Transfer-Encoding'] = 'uuencode'; m.set_payload(body); print(m.get_payload(decode=True))
m = email.message_from_string('Content-Transfer-Encoding: x-uue\n\nbegin 600 a\n#86)C\n`\nend\n'); print(m.get_payload(decode=True))
