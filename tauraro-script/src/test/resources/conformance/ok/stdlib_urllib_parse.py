# urllib.parse: urlparse/urlsplit and their results, urlunparse, urljoin, quoting, query strings
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag, urlencode, quote,
                          quote_plus, unquote, unquote_plus, quote_from_bytes, unquote_to_bytes, parse_qs,
                          parse_qsl)
import urllib.parse

u = urlparse("https://user:pw@Example.COM:8443/a/b;p=1?q=1&r=2#frag")
print(u)
print(u.scheme, u.netloc, u.path, u.params, u.query, u.fragment)
print(u.username, u.password, u.hostname, u.port, u.geturl())
print(u._replace(fragment="").geturl())
s = urlsplit("http://[::1]:80/x?y#z")
print(s, s.hostname, s.port)
for url in ["//host/path", "path/only?x=1", "mailto:someone@example.com", "file:///etc/hosts", "HTTP://X.org",
            "http://h/p#f", "a1+b.c-d:rest", "1http://x", " http://spaced/", "http://h\t/p\n", "", "?q", "#f",
            "http://host:/", "http://u@host"]:
    p = urlparse(url)
    print(repr(url), tuple(p), p.hostname, p.port)
print(urlparse("http://h/p#f", allow_fragments=False))
print(urlparse("path", scheme="https"))
print(urlunparse(("http", "h", "/p", "a", "q=1", "f")), urlunsplit(("https", "h:1", "x", "", "")))
print(urlunsplit(("file", "", "/tmp/x", "", "")), urlunsplit(("", "", "rel", "a=b", "")))
base = "http://a/b/c/d;p?q"
for ref in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "",
            ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "/./g", "g.", ".g",
            "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h", "http:g", "https://other/x"]:
    print(repr(ref), urljoin(base, ref))
print(urljoin("", "x"), urljoin("http://a/b", ""), urljoin("http://a/b/", "c", allow_fragments=False))
print(urldefrag("http://h/p?q#frag"), urldefrag("http://h/p"), urldefrag("http://h/p#x").geturl())

print(quote("a b/c?d=é&~_.-"), quote("a b/c", safe=""), quote(b"\x00\xff"), quote(""))
print(quote_plus("a b&c=d/e"), quote_plus("no-space"), quote_plus(b"x y"), quote("€", encoding="utf-8"))
print(unquote("a%20b%2Fc%C3%A9%zz%4"), unquote(b"%41%42"), unquote("no escapes"), unquote("%E2%82"))
print(unquote_plus("a+b%2Bc"), quote_from_bytes(b"a b"), unquote_to_bytes("%41%zz"), unquote("é%41"))
print(urlencode({"a": 1, "b": "x y", "c": "é"}), urlencode([("k", "v"), ("k", "w")]))
print(urlencode({"k": [1, 2]}), urlencode({"k": [1, 2]}, doseq=True), urlencode({"k": "ab"}, doseq=True))
print(urlencode({"p": "/x y"}, safe="/"), urlencode({"p": "a b"}, quote_via=quote), urlencode({b"k": b"v w"}))
print(parse_qs("a=1&b=2&a=3&c=&d"), parse_qs("a=1&b=", keep_blank_values=True))
print(parse_qsl("x=%41+b&y=c%2Bd&&z"), parse_qsl("a=1;b=2", separator=";"))
print(parse_qsl("e", keep_blank_values=True), parse_qsl(""))
print(urllib.parse.urlparse is urlparse)


def err(fn):
    try:
        fn()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)


err(lambda: urlparse("http://[::1/x"))
err(lambda: urlparse("http://h:abc/").port)
err(lambda: urlparse("http://h:99999/").port)
err(lambda: urlencode("abc"))
err(lambda: urlencode(5))
err(lambda: parse_qsl("a=1&b", strict_parsing=True))
err(lambda: parse_qsl("a=1&b=2", max_num_fields=1))
err(lambda: parse_qsl("a=1", separator=""))
err(lambda: quote(b"x", encoding="utf-8"))
err(lambda: quote_from_bytes("str"))
