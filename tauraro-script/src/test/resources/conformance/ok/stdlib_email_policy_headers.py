import io
import email
from email import policy
from email.policy import EmailPolicy, Compat32, default, compat32, SMTP, SMTPUTF8, HTTP, strict
from email.message import EmailMessage, Message
from email.generator import Generator
from email.headerregistry import Address, Group, HeaderRegistry
from email import errors

print(default.max_line_length, default.linesep == '\n', default.utf8, default.refold_source, default.cte_type, default.raise_on_defect, default.mangle_from_)
print(compat32.max_line_length, compat32.mangle_from_, SMTP.linesep == '\r\n', SMTPUTF8.utf8, HTTP.max_line_length, strict.raise_on_defect)
p = default.clone(max_line_length=40, linesep='\r\n')
print(p, p.max_line_length, default.max_line_length, repr(compat32 + compat32.clone(linesep='\r\n')))
print(isinstance(default, policy.Policy), isinstance(compat32, policy.Policy), isinstance(default, Compat32))
try:
    default.max_line_length = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    default.nope = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    EmailPolicy(bogus=1)
except TypeError as e:
    print('TypeError', e)

m = EmailMessage()
m['Subject'] = 'A fairly long subject that will fold at forty columns for sure'
m['To'] = 'First <first@example.com>, Second <second@example.com>'
m.set_content('body\n')
print(m.as_string(policy=p).encode())
f = io.StringIO(); Generator(f, maxheaderlen=30).flatten(m); print(f.getvalue())
f = io.StringIO(); Generator(f, maxheaderlen=0).flatten(m); print(f.getvalue())
print(m.as_string(policy=HTTP).encode())
print(m.as_bytes(policy=SMTP))

a = Address('Jöhn Doe', 'john', 'example.com')
print(a, repr(a), a.addr_spec, Address(addr_spec='x@y.org').username, Address('Q, R', addr_spec='"a b"@c'), Address(), repr(str(Address())))
g = Group('team', [a, Address('B', 'b', 'x.org')])
print(g, Group(None, [a]), Group('empty'), g.addresses[1].domain)
try:
    Address('x', 'y', 'z', addr_spec='a@b')
except TypeError as e:
    print('TypeError', e)
m = EmailMessage()
m['To'] = [a, Address('B', 'b', 'x.org')]
m['Cc'] = g
print(m['to'], '|', m['cc'], '|', m['cc'].groups[0].display_name, len(m['cc'].addresses))
print(m.as_string())
m = EmailMessage()
m['From'] = 'bad address without at'
print(repr(str(m['from'])), m['from'].addresses)
m['Date'] = 'not a date'
print(repr(str(m['date'])), m['date'].datetime, [type(d).__name__ for d in m['date'].defects])
m['MIME-Version'] = '1.0'
print(m['mime-version'].major, m['mime-version'].minor, m['mime-version'].version)
m['Content-Transfer-Encoding'] = 'Base64'
print(m['content-transfer-encoding'].cte, str(m['content-transfer-encoding']))
m['Content-Disposition'] = 'INLINE; filename=x.txt'
print(m['content-disposition'].content_disposition, dict(m['content-disposition'].params))
r = HeaderRegistry()
h = r('X-Custom', '=?utf-8?q?h=C3=A9?= there')
print(type(h).__name__, repr(str(h)), h.name, h.defects)
print(type(r('to', 'a@b')).__name__, type(r('message-id', '<x@y>')).__name__, r['subject'].max_count, r['resent-to'].max_count)
em = email.message_from_string('To: a@b\nSubject: s\n\nbody\n', policy=strict)
print(type(em).__name__, em['to'].addresses)
try:
    email.message_from_string('Content-Type: multipart/mixed\n\nbody\n', policy=strict)
except errors.MessageDefect as e:
    print(type(e).__name__)
