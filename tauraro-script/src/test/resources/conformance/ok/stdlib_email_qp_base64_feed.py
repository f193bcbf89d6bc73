import email.base64mime as b, email.quoprimime as q, email, email.policy
from email.feedparser import FeedParser, BytesFeedParser
from email import iterators
print(repr(b.header_encode('héllo')), repr(b.header_encode(b'abc', 'iso-8859-1')), b.header_length(b'abcd'), repr(b.body_encode(b'x'*100)), repr(b.body_encode(b'abc', maxlinelen=8, eol='\r\n')), b.decode('YWJj'), b.decode(''))
print(repr(q.header_encode(b'h\xe9 llo')), repr(q.header_encode(b'x', 'utf-8')), q.header_length(b'a b='), repr(q.body_encode('caf\xe9 \nline two\t\n' + 'y'*100)), repr(q.decode('caf=C3=A9=\nx')), repr(q.header_decode('a_b=3D')), q.quote('='), q.unquote('=41'), q.header_check(ord(' ')), q.body_check(ord('=')), repr(q.body_encode('')), repr(q.body_encode('a  ')))
for n in [75,76,77,78,150,151,152,153]:
    print(n, [len(x) for x in q.body_encode('y'*n).split('\n')])
print([len(x) for x in q.body_encode('y'*74+'é').split('\n')], q.body_encode('y'*74+'é'))
print([len(x) for x in q.body_encode('y'*73+'éé').split('\n')], q.body_encode('y'*73+'éé'))
print(repr(q.body_encode('y'*75+' ')), repr(q.body_encode('y'*74+' ')), repr(q.body_encode('a\r\nb\rc')), repr(q.body_encode('x\n')), repr(q.body_encode('a=b\n', 10, '\r\n')))
for s in ['a=\nb', 'a=3D\n', 'x  \ny\n', '=4', 'ab=\n', '']:
    print(repr(s), repr(q.decode(s)))
try: q.body_encode('x', 3)
except ValueError as e: print(e)
fp = FeedParser()
for chunk in ['Subject: fe', 'ed\nContent-Type: multipart/mixed; boundary=B\n\n--B\n\nfirst\n--', 'B\nContent-Type: text/html\n\n<p>\n--B--\n']:
    fp.feed(chunk)
m = fp.close()
print(m['subject'], [p.get_content_type() for p in m.walk()])
iterators._structure(m)
iterators._structure(m, include_default=True)
print(list(iterators.body_line_iterator(m)), [p.get_content_type() for p in iterators.typed_subpart_iterator(m, 'text', 'html')])
bp = BytesFeedParser(policy=email.policy.default); bp.feed(b'Subject: b\xc3\xa9\n\nx'); print(repr(bp.close()['subject']))
from email.mime.text import MIMEText
print(MIMEText('caf\xe9 ' + 'y'*80 + '\n', 'plain', 'iso-8859-1').as_string())
from email.message import EmailMessage
e = EmailMessage(); e.set_content('é' * 30 + 'x' * 60 + '\n' + 'line\n' * 12, cte='quoted-printable'); print(e.get_payload())
e = EmailMessage(); e.set_content(('ab é' * 30 + '\n') * 3); print(e['content-transfer-encoding'], e.get_payload())
