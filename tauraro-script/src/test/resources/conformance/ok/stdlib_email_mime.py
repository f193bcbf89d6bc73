from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.audio import MIMEAudio
from email.mime.message import MIMEMessage
from email.mime.base import MIMEBase
from email import encoders, utils, message_from_string, message_from_bytes
from email.header import Header
outer = MIMEMultipart(boundary='===OUTER===')
outer['Subject'] = Header('Grüße aus Köln', 'utf-8')
outer['From'] = utils.formataddr(('Jürgen Müller', 'jm@example.com'))
outer['To'] = 'a@example.com'
outer['Date'] = utils.formatdate(1e9)
outer['Message-ID'] = '<fixed@example.com>'
outer.preamble = 'This is a MIME message.'
outer.attach(MIMEText('Hello, plain ascii.\n'))
outer.attach(MIMEText('Héllo wörld\n', 'plain', 'utf-8'))
outer.attach(MIMEText('Héllo latin\n', 'plain', 'iso-8859-1'))
outer.attach(MIMEText('<p>hi</p>', 'html'))
app = MIMEApplication(bytes(range(200)), Name='data.bin')
app.add_header('Content-Disposition', 'attachment', filename='data.bin')
outer.attach(app)
outer.attach(MIMEImage(b'\x89PNG\r\n\x1a\n' + b'\0'*20))
outer.attach(MIMEImage(b'GIF89a' + b'\0'*10, 'gif'))
outer.attach(MIMEAudio(b'.snd' + b'\0'*20))
inner = MIMEText('inner body')
inner['Subject'] = 'inner'
outer.attach(MIMEMessage(inner))
b = MIMEBase('application', 'x-thing'); b.set_payload(b'abc def\tghi \xff'); encoders.encode_quopri(b); outer.attach(b)
b = MIMEBase('application', 'x-7'); b.set_payload(b'plain'); encoders.encode_7or8bit(b); outer.attach(b)
text = outer.as_string()
print(text)
for bad in [lambda: MIMEImage(b'nothing'), lambda: MIMEAudio(b'nothing'), lambda: MIMEText('x').attach(MIMEText('y')), lambda: MIMEMessage('x'), lambda: MIMEApplication(b'x', None)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
m = message_from_string(text)
print(m.get_content_type(), m.get_boundary(), repr(m.preamble), repr(m.epilogue), len(m.get_payload()))
for part in m.walk():
    print(part.get_content_type(), part.get_content_charset(), part.get_filename(), part.get('content-transfer-encoding'), part.get_payload(decode=True)[:40] if not part.is_multipart() and part.get_content_maintype() != 'message' else None)
print(m.get_charsets())
print(m.as_string() == text)
from email.header import decode_header, make_header
print(decode_header(m['subject']), str(make_header(decode_header(m['subject']))), utils.parseaddr(str(make_header(decode_header(m['from'])))))
print(message_from_bytes(outer.as_bytes()).as_string() == text)
