import io
import email
from email import policy
from email.message import EmailMessage, Message
from email.parser import Parser, BytesParser, HeaderParser, BytesHeaderParser
from email.generator import Generator, BytesGenerator, DecodedGenerator

msg = EmailMessage()
msg['Subject'] = 'Report für März'
msg['From'] = 'Ünïcödé Sender <sender@example.com>'
msg['To'] = 'one@example.com, Two Person <two@example.com>'
msg['Date'] = 'Tue, 01 Mar 2022 10:00:00 +0100'
msg['Message-ID'] = '<1234.fixed@example.com>'
msg.set_content('Plain body with ümlaut.\n')
msg.add_alternative('<p>HTML body</p>\n', subtype='html')
msg.add_attachment('attached text\n', filename='notes.txt')
msg.add_attachment(b'\x89PNG\r\n\x1a\n' + bytes(range(60)), maintype='image', subtype='png', filename='pic.png')
msg.set_boundary('OUTER')
msg.get_payload(0).set_boundary('INNER')
text = msg.as_string()
print(text)
print(msg.get_content_type(), [p.get_content_type() for p in msg.walk()])
print(msg.get_body().get_content_type(), msg.get_body(('plain',)).get_content(), msg.get_body(('html', 'plain')).get_content())
print([(a.get_filename(), a.get_content_type(), a.is_attachment()) for a in msg.iter_attachments()])
print(msg.get_payload(1).get_content(), msg.get_payload(2).get_content()[:8])

for pol in (policy.default, policy.compat32):
    m = email.message_from_string(text, policy=pol)
    print(type(m).__name__, repr(m['subject']), type(m['subject']).__name__, m['to'] if pol is policy.compat32 else m['to'].addresses)
    print(m.as_string() == text, m.get_content_type(), [p.get_content_type() for p in m.walk()])
    for part in m.walk():
        if not part.is_multipart():
            print(' ', part.get_content_type(), part.get_filename(), part.get_content_charset(), part.get_payload(decode=True)[:30])
m = email.message_from_string(text, policy=policy.default)
print(m.get_body().get_content(), [a.get_filename() for a in m.iter_attachments()])
print(m['date'].datetime, m['from'].addresses[0].display_name, m['content-type'].params)

b = msg.as_bytes()
m2 = BytesParser(policy=policy.default).parsebytes(b)
print(m2.as_bytes() == b, m2['subject'])
h = HeaderParser().parsestr(text)
print(h.is_multipart(), len(h.get_payload()), h['message-id'])
h = BytesHeaderParser(policy=policy.default).parsebytes(b)
print(type(h).__name__, h['subject'])
print(email.message_from_file(io.StringIO(text))['to'], email.message_from_binary_file(io.BytesIO(b))['date'])

f = io.StringIO()
DecodedGenerator(f).flatten(email.message_from_string(text))
print(f.getvalue())
bf = io.BytesIO()
e = EmailMessage(); e['Subject'] = 'x'; e.set_content('Grüße\n')
BytesGenerator(bf).flatten(e)
print(bf.getvalue())
bf = io.BytesIO()
BytesGenerator(bf, policy=policy.SMTP).flatten(e)
print(bf.getvalue())
f = io.StringIO(); Generator(f, policy=policy.SMTP).flatten(e); print(repr(f.getvalue()))
print(repr(str(e)))
print(e.as_string(policy=policy.default.clone(utf8=True)))

e = EmailMessage()
e.set_content('x')
e.make_mixed()
print(e.get_content_type(), len(e.get_payload()), e.get_payload(0).get_content_type())
try:
    e.make_alternative()
except ValueError as ex:
    print('ValueError', ex)
e = EmailMessage(); e.make_alternative(boundary='ALT'); print(e)
e = EmailMessage(); e['Subject'] = 'keep'; e.set_content('a'); e.clear_content(); print(e.items(), e.get_payload())
e.clear(); print(e.items())
try:
    EmailMessage()['X'] = 'a\nb'
except ValueError as ex:
    print('ValueError', ex)
e = EmailMessage(); e['From'] = 'a@b'
try:
    e['from'] = 'c@d'
except ValueError as ex:
    print('ValueError', ex)
e['X-Dup'] = '1'; e['X-Dup'] = '2'; print(e.get_all('x-dup'), e.keys(), len(e))
try:
    m = EmailMessage(); m.add_attachment(b'x')
except TypeError as ex:
    print('TypeError', ex)
try:
    m = EmailMessage(); m.make_mixed(); m.set_content('x')
except TypeError as ex:
    print('TypeError', ex)
