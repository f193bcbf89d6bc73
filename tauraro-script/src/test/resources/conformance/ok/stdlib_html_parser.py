# html.parser.HTMLParser: the events of a document fed whole and in pieces, with and without
# convert_charrefs; positions, start tag text, script/style contents, malformed markup, close()
from html.parser import HTMLParser

DOC = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8"/>
  <title>Caf&eacute; &amp; Bar &#8212; menu</title>
  <style type="text/css">p > a { color: red; } /* </p> */</style>
  <script>if (a < b && c > d) { s = "</div>"; }</script>
  <?php echo 1; ?>
</head>
<BODY Class=Main onload='init("x")' data-Empty="" checked>
  <!-- a comment -- with dashes -->
  <p id=first>One&nbsp;two &lt;three&gt; &copy 2024 &notit; &#x41;&#66; &unknown; 5 & 6</p>
  <a href="/q?a=1&amp;b=2&c=3" title='it&#39;s'>link</a><br/><img src=x.png alt="">
  <![CDATA[ raw <stuff> ]]>
  <!weird declaration>
  <ul><li>1<li>2</ul>
  </ p ></BODY>
</html>
"""


class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs, self.get_starttag_text(), self.getpos()))

    def handle_endtag(self, tag):
        self.events.append(("end", tag, self.getpos()))

    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs, self.getpos()))

    def handle_data(self, data):
        if self.events and self.events[-1][0] == "data":
            self.events[-1] = ("data", self.events[-1][1] + data)  # pieces of one text run, joined
        else:
            self.events.append(("data", data))

    def handle_comment(self, data):
        self.events.append(("comment", data, self.getpos()))

    def handle_decl(self, decl):
        self.events.append(("decl", decl))

    def handle_pi(self, data):
        self.events.append(("pi", data))

    def unknown_decl(self, data):
        self.events.append(("unknown_decl", data))

    def handle_entityref(self, name):
        self.events.append(("entityref", name, self.getpos()))

    def handle_charref(self, name):
        self.events.append(("charref", name, self.getpos()))


def parse(text, size, convert):
    parser = Recorder(convert_charrefs=convert)
    for start in range(0, len(text), size):
        parser.feed(text[start:start + size])
    parser.close()
    return parser.events


for convert in (True, False):
    whole = parse(DOC, len(DOC), convert)
    print("convert_charrefs", convert, len(whole))
    for event in whole:
        print(" ", event)
    for size in (1, 2, 3, 5, 8, 13, 100):
        print("  pieces of", size, "same events:", parse(DOC, size, convert) == whole)

# the default handle_startendtag calls handle_starttag then handle_endtag
class Plain(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print("start", tag, attrs)

    def handle_endtag(self, tag):
        print("end", tag)


Plain().feed("<br class=x /><input disabled/>")

# what close() does with what is left
for tail in ("<a", "a<", "</a", "<!--x", "<!-->", "x &", "a&amp", "<a href='x", "<!DOCTYPE", "<?pi", "&#", "&#x", "&", "< a>"):
    for convert in (True, False):
        parser = Recorder(convert_charrefs=convert)
        parser.feed(tail)
        fed = list(parser.events)
        parser.close()
        print(repr(tail), convert, fed, parser.events[len(fed):])

# reset(), positions over lines, the last tag
p = Recorder()
p.feed("<a>\n\n  <b\nc=1>x</b>")
print(p.getpos(), p.lasttag, p.events)
p.reset()
print(p.getpos(), p.rawdata, p.get_starttag_text())
p.feed("<i>")
print(p.events[-1], p.cdata_elem)
p.feed("<script>")
print(p.cdata_elem)
p.feed("x</scr")
p.feed("ipt>y")
p.close()
print(p.events[-3:], p.cdata_elem)
print(HTMLParser.CDATA_CONTENT_ELEMENTS, HTMLParser().convert_charrefs)

# generated token soups (a linear congruential generator, the same under any interpreter), fed
# whole and a character at a time: a checksum of every event list
import hashlib

TOKENS = ["<a>", "</a>", "<b c=d>", "<b c='d e'>", '<i x="1">', "text", " ", "\n", "&amp;", "&amp", "&#65;", "&#x41",
          "&", "<", ">", "<!--c-->", "<!DOCTYPE x>", "<?p?>", "<br/>", "<script>", "</script>", "<style>", "</style>",
          "'", '"', "=", "/", "<!x>", "<![CDATA[z]]>", "</ b>", "<p/ >", "&notit;", "<A HREF=X>", "</>", "<-", "&;",
          "<a b=c/>", "</ a b>", "</1>", "<x y = z>"]
seed = 2024


def draw(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed % n


digest = hashlib.sha256()
for trial in range(150):
    doc = "".join(TOKENS[draw(len(TOKENS))] for _ in range(1 + draw(12)))
    for convert in (True, False):
        for size in (len(doc), 1):
            digest.update(repr(parse(doc, size, convert)).encode())
print(digest.hexdigest())
