import email
from email import policy
src = ('From: =?utf-8?q?J=C3=B6rg?= <j@x.org>\n'
       'To: a@x.org,\n b@x.org\n'
       'Subject: =?utf-8?b?w5xiZXJzY2hyaWZ0?= and more\n'
       'X-Long: ' + ' '.join(['token%d' % i for i in range(20)]) + '\n'
       'Content-Type: text/plain; charset="utf-8"\n'
       'Content-Transfer-Encoding: quoted-printable\n'
       '\n'
       'Gr=C3=BC=C3=9Fe\n')
for pol in (policy.default, policy.compat32, policy.SMTP, policy.default.clone(refold_source='all'), policy.default.clone(refold_source='none')):
    m = email.message_from_string(src, policy=pol)
    print(repr(m['subject']), repr(m['to']), repr(m['from']))
    print(m.as_string())
m = email.message_from_string(src, policy=policy.default)
print(m.get_content(), m['from'].addresses[0].display_name, m['to'].addresses)
m.replace_header('Subject', 'Neuer Betreff mit Ümlaut')
del m['x-long']
print(m.as_string())
m = email.message_from_bytes(src.encode().replace(b'Gr=C3=BC=C3=9Fe', b'raw \xe9 byte').replace(b'quoted-printable', b'8bit'))
print(repr(m.get_payload()), m.get_payload(decode=True), m.as_bytes()[-16:])
print(m.as_string()[-40:])
