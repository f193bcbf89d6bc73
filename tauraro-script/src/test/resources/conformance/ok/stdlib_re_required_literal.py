# Searches of patterns whose matches must contain a literal somewhere after a variable start (the
# search looks for that literal and tries the pattern only where it fits, or gives up without it):
# optional or alternative leading items, repeated literals, IGNORECASE with caseless and cased
# literals, anchors, pos/endpos cutting an occurrence, overlapping windows, bytes and astral text.
import re

text = 'ab"\\/Qngr(12)\\/" x "\\/Qngr(-3)\\/" y;z ; w ;;v ; ##YV1## ##yv1## acxabbbc a123bc a1234bc abc'
pats = [r'(^|[^\\])\"\\\/Qngr\((-?[0-9]+)\)\\\/\"', r'\s?;\s?', r';\s*', r'^ab', r'ab*c', r'ab+c',
        r'a.{0,3}bc', r'a.*bc', r'(?i)##yv1##', r'(?i)YV1', r'\d+-\d+', r'(a|b)cd', r'[ab]cd|zz', r'a{2}b',
        r'ab{0}c', r'(?x) a b # comment\n c', r'\bQngr\b', r'(?<=a)bc', r'a\x62c', r'(?m)^ab', r'x?y?;',
        r'(?:ab)?;', r'\w+;', r'[^;]{1,3};', r'(\w)\1;', r'a(?=b)b', r'(?s:.)bc', r'.?.?\(']
for pat in pats:
    r = re.compile(pat)
    print(pat, r.findall(text)[:6], [m.span() for m in r.finditer(text)][:6], r.split(text)[:4])
    print(' ', r.sub('<>', text)[:80], r.subn('', text)[1])
    print(' ', [(m and m.span()) for m in (r.search(text, i) for i in range(0, len(text), 7))])
    print(' ', [(m and m.span()) for m in (r.search(text, 0, i) for i in range(0, len(text), 7))])
p = re.compile(r'.{1,2};')
s = ';;a;;bb;'
print([(i, j, p.search(s, i, j) and p.search(s, i, j).span()) for i in range(len(s)) for j in range(i, len(s) + 1)])
print(re.search(b'x?a;b', b'xa;b').span(), re.sub(b'.;', b'-', b'a;b;c'), re.split(rb'\s?;', b'a ;b;c'))
print(re.findall('.ab', '\U0001F600ab xab'), re.findall('..ab', 'x\U0001F600ab yzab'),
      [m.span() for m in re.finditer(r'\w?\U0001F600b', 'a\U0001F600b \U0001F600b')])
print(re.search(r'^ba', 'pyvpx'), re.search(r'^ba', 'bab').span(), re.search(r'^ba', 'xba'),
      re.search(r'(?m)^ba', 'x\nbab').span(), re.match(r'x?;', 'a;'), re.fullmatch(r'.;', 'a;').span())
