from email.message import EmailMessage
from email import policy
m = EmailMessage()
m['Subject'] = 'Héllo wörld, this is a fairly long subject line that will need folding somewhere'
m['From'] = 'Jöhn Doe <john@example.com>'
m['To'] = 'A <a@example.com>, "B, C" <b@example.com>'
m['Date'] = 'Mon, 20 Nov 1995 19:12:08 -0500'
m.set_content('Hello\nWörld\n')
print(m.as_string())
print(repr(m['subject']), type(m['subject']).__name__, m['to'].addresses, m['date'].datetime, m['Content-Type'].params, m['content-type'].content_type)
m.add_attachment(b'\x00\x01binary', maintype='application', subtype='octet-stream', filename='data.bin')
m.set_boundary('BOUND')
print(m.as_string())
print(m.get_body().get_content(), [p.get_filename() for p in m.iter_attachments()])
for s in ['Héllo big wörld', 'Héllo wörld', 'a é b', 'é'*80, 'word '*20, 'x'*100, 'short', 'Re: ' + 'ü'*30 + ' end', 'tab\there  two', 'lead é', 'x'*70 + ' é']:
  m = EmailMessage(); m['Subject'] = s; print(m.as_string(), end='')
for s in ['Jöhn Doe <john@example.com>', 'A <a@example.com>, B <b@example.com>, Ccccccccccc Dddddddddd <cd@example.com>, E <e@example.com>', '"Doe, John" <j@x.com>', 'j@x.com', 'Ünïcödé Name <u@x.com>, Other Ünï <o@x.com>', 'undisclosed-recipients:;', 'G: a@b, c@d;']:
  m = EmailMessage(); m['To'] = s; print(m.as_string(), end=''); print(repr(str(m['to'])), [(a.display_name,a.username,a.domain,a.addr_spec,str(a)) for a in m['to'].addresses], m['to'].groups)
from email.message import EmailMessage
import email.policy as P
import datetime, copy
m = EmailMessage()
m['Date'] = '20 Nov 1995 19:12:08 EST'
m['Content-Type'] = 'text/plain; charset=utf-8; format=flowed'
m['Content-Disposition'] = 'attachment; filename="résumé.pdf"'
m['X-Plain'] = '  spaced   value  '
m['Message-ID'] = '<abc@x>'
print(m.as_string()); print(repr(str(m['date'])), m['content-type'].params, repr(str(m['content-type'])), repr(str(m['content-disposition'])), m['content-disposition'].params, repr(m['x-plain']))
m = EmailMessage(); m.set_content(b'x', 'application', 'pdf', filename='résumé.pdf'); print(m.as_string()); print(m.get_filename())
m = EmailMessage(); m.set_content(b'x', 'application', 'pdf', filename='a'*90 + '.pdf'); print(m.as_string())
m = EmailMessage(); m['Date'] = datetime.datetime(2020,1,2,3,4,5,tzinfo=datetime.timezone.utc); print(m.as_string(), m['date'].datetime)
try: m['Date']='x'
except Exception as e: print(type(e).__name__, e)
m = EmailMessage(); m['Subject']='a'; 
try: m['subject']='b'
except Exception as e: print(type(e).__name__, e)
print(repr(m['subject']), m['subject'].name)
print(m.as_string(policy=P.SMTP).encode(), P.HTTP.max_line_length, P.default, P.SMTP, P.strict, P.compat32, P.default.clone(max_line_length=100))
try: P.default.linesep = 'x'
except Exception as e: print(type(e).__name__, e)
try: P.default.clone(bogus=1)
except Exception as e: print(type(e).__name__, e)
c = copy.deepcopy(m); print(c['subject'], type(c['subject']).__name__)
for s in ['Wörld\n', 'plain\n', 'x'*100+'\n', 'é'*100+'\n', 'line\n'*20 + 'é\n', 'a\r\nb', '']:
  m = EmailMessage(); m.set_content(s); print(repr(m['content-transfer-encoding']), repr(m.get_payload()[:80]), repr(m.get_content()[:20]))
m = EmailMessage(); m.set_content('Wörld', cte='quoted-printable'); print(repr(m.get_payload()))
m = EmailMessage(); m.set_content('Wörld', cte='8bit'); print(repr(m.get_payload()), m.as_bytes())
m = EmailMessage(); m.set_content('Wörld', charset='latin-1'); print(repr(m.get_payload()), m['content-type'])
m = EmailMessage(); m.set_content('<b>x</b>', subtype='html', disposition='inline', cid='<c@x>', params={'format':'flowed'}, headers=['X-A: 1']); print(m)
m = EmailMessage(); m.set_content(b'abc'*30, 'image', 'png', filename='p.png'); print(m)
m = EmailMessage(); m.set_content(b'abc', 'text', 'plain', cte='quoted-printable'); print(m)
try: m = EmailMessage(); m.set_content(b'abc')
except Exception as e: print(type(e).__name__, e)
