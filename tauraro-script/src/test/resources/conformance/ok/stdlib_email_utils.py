import email.utils as u
import datetime as d
for s in ['Mon, 20 Nov 1995 19:12:08 -0500','20 Nov 1995 19:12:08 +0000','Nov 20 1995 19:12:08 EST','Mon, 20 Nov 95 19:12:08 GMT','20-Nov-1995 19:12:08 PDT','Mon, 20 Nov 1995 19:12','Mon, 20 Nov 1995','Mon,20 Nov 1995 19:12:08 +0100','20 Nov 1995 19:12:08 UT','20 Nov 1995 19:12:08','20 Nov 1995 19:12:08 XYZ','', 'Tue, 1 Jan 2030 1:2:3 -0000', '1 Jan 70 00:00:00 Z','20 Nov 1995 19.12.08 +0100','Mon 20 Nov 1995 19:12:08 +0100', '20 November 1995 19:12:08 +0100','20 Nov 1995 19:12:08.123 +0100','20 Nov 1995T19:12:08','20 Nov 1995 19:12:08','20 Nov 1995 19:12:08 XYZ','20 Nov 1995 19:12:08 +0000','Mon, 20 Nov 1995 19:12:08 EDT', '20 Nov 1995 25:12:08 +0000', '32 Nov 1995 19:12:08 +0000','20 Foo 1995 19:12:08','1995 Nov 20 19:12:08','20 Nov 1995 19:12:08 +05', '20 Nov 49 1:2:3', '20 Nov 50 1:2:3', '20 Nov 1995 19:12:08 -0130', 'Nov 20, 1995 19:12:08', '20 Nov 1995 19:12:08+0100', 'Sun, 06 Nov 1994 08:49:37 GMT', 'Sunday, 06-Nov-94 08:49:37 GMT']:
    print(repr(s), u.parsedate_tz(s), u.parsedate(s))
    try: print(repr(u.parsedate_to_datetime(s)))
    except Exception as e: print(type(e).__name__, e)
print(u.parsedate_tz(None))
print(u.mktime_tz((1995, 11, 20, 19, 12, 8, 0, 1, -1, -18000)))
print(u.formatdate(0), u.formatdate(0, usegmt=True), u.formatdate(817000000.5), u.formatdate(1e9, usegmt=True))
print(u.format_datetime(d.datetime(2020,1,2,3,4,5)), u.format_datetime(d.datetime(2020,1,2,3,4,5,tzinfo=d.timezone.utc), usegmt=True), u.format_datetime(d.datetime(2020,1,2,3,4,5,tzinfo=d.timezone(d.timedelta(hours=5,minutes=30)))), u.format_datetime(d.datetime(2020,1,2,3,4,5,tzinfo=d.timezone(d.timedelta(hours=-8)))))
for bad in [d.datetime(2020,1,2), d.datetime(2020,1,2,tzinfo=d.timezone(d.timedelta(hours=1)))]:
    try: u.format_datetime(bad, usegmt=True)
    except Exception as e: print(type(e).__name__, e)
print(u.quote('a"b\\c'), u.unquote('"a\\"b"'), u.unquote('<x>'), u.unquote('x'), u.unquote('"'), u.unquote('""'))
print(u.encode_rfc2231('fóo bar', 'utf-8'), u.encode_rfc2231('foo', 'us-ascii','en'), u.encode_rfc2231('a b'), u.encode_rfc2231('a/b;c', 'utf-8'))
print(u.decode_rfc2231("utf-8''f%C3%B3o"), u.decode_rfc2231("us-ascii'en'foo"), u.decode_rfc2231('plain'), u.decode_rfc2231("a'b"), u.decode_rfc2231("a'b'c'd"))
print(u.collapse_rfc2231_value(('utf-8','','f%C3%B3o')), u.collapse_rfc2231_value('plain'), u.collapse_rfc2231_value('"q"'), u.collapse_rfc2231_value(('bogus','','x')), u.collapse_rfc2231_value(('utf-8','',b'f\xc3\xb3o'.decode('latin-1'))), u.collapse_rfc2231_value((None,'','abc')))
m = u.make_msgid('abc','example.com')
print(m.startswith('<'), m.endswith('.abc@example.com>'), len(m.split('.')))
m = u.make_msgid(domain='x.org'); print(m.endswith('@x.org>'))
for s in ['Foo Bar <foo@bar.com>','"Bar, Foo" <foo@bar.com>','foo@bar.com','foo @ bar . com','<foo@bar.com>','Foo <foo@bar.com> (c)','foo.bar@x.y (Foo Bar)','"a b"@x','Foo Bar','a@b, c@d','','Foo <@route:foo@bar>','"esc\\"q" <a@b>','Foo <a@b','(only comment)','a@b; c','<>','Klä <k@x>', 'Foo.Bar <a@b>']:
    print(repr(s), u.parseaddr(s), u.parseaddr(s, strict=False))
print(u.getaddresses(['Foo <a@b>, c@d (C)', 'grp: x@y, Z <z@w>;, last@x', '']))
print(u.getaddresses(['a@b,,c@d']), u.getaddresses([]), u.getaddresses(['undisclosed-recipients:;']))
print(u.formataddr(('Foo, Bar','a@b')), u.formataddr(('Fóo','a@b')), u.formataddr(('','a@b')), u.formataddr(('A "q" B','a@b')), u.formataddr(('Plain Name','a@b')), u.formataddr(('x.y','a@b')), u.formataddr(('Fóo', 'a@b'), 'iso-8859-1'))
try: u.formataddr(('x', 'á@b'))
except Exception as e: print(type(e).__name__)
print(u.localtime(d.datetime(2020,1,1,tzinfo=d.timezone.utc)).utcoffset() is not None, u.localtime().tzinfo is not None)
