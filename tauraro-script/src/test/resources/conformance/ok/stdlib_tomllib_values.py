# tomllib: every kind of TOML 1.0 value and table, compared with CPython 3.11's results.
import io
import tomllib

DOC = '''
# A document using most of TOML
title = "TOML \\"Example\\""   # trailing comment
bare_key-1 = 'literal \\n stays'
"quoted key" = 1
'literal key' = 2
"" = "empty key"
a . b . c = 3
site."google.com" = true

[owner]
name = "Tom"
dob = 1979-05-27T07:32:00-08:00
utc = 1979-05-27T07:32:00Z
local_dt = 1979-05-27T07:32:00.999999
space_dt = 1979-05-27 07:32:00
day = 1979-05-27
lt = 00:32:00.123456789
positive = 2021-03-04T05:06:07+05:30

[database]
enabled = true
off = false
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }
nested = { a = { b = [1, { c = 2 }] }, d.e = 3 }
multi = [
  1,  # one
  2,
  # comment line
  3,
]
empty = []
empty_table = {}

[servers]

  [servers.alpha]
  ip = "10.0.0.1"
  role = "frontend"

  [servers.beta]
  ip = "10.0.0.2"

[[products]]
name = "Hammer"
sku = 738594937

[[products]]  # empty table within the array

[[products]]
name = "Nail"
color = "gray"
  [products.details]
  size = 3
  [[products.parts]]
  x = 1
  [[products.parts]]
  x = 2

[fruit]
apple.color = "red"
apple.taste.sweet = true
[fruit.apple.texture]
smooth = true

[x.y.z.w]
[x]
direct = 1
'''

def show(value, indent=0):
    pad = "  " * indent
    if isinstance(value, dict):
        for k, v in value.items():
            if isinstance(v, (dict, list)) and v:
                print(f"{pad}{k!r}:")
                show(v, indent + 1)
            else:
                print(f"{pad}{k!r}: {v!r} {type(v).__name__}")
    elif isinstance(value, list):
        for v in value:
            if isinstance(v, (dict, list)) and v:
                print(f"{pad}-")
                show(v, indent + 1)
            else:
                print(f"{pad}- {v!r} {type(v).__name__}")

doc = tomllib.loads(DOC)
show(doc)
print(doc["owner"]["dob"].utcoffset(), doc["owner"]["utc"].tzinfo, doc["owner"]["local_dt"].tzinfo)

STRINGS = r'''
basic = "tab\there \u00e9 \U0001F600 quote\" backslash\\ \b\f\r\n"
ml = """
Roses are red
Violets are blue"""
ml2 = """\
    The quick brown \
    fox jumps over \

    the lazy dog.\
    """
ml3 = """Here are two quotation marks: "". Simple enough."""
ml4 = """""five quotes"""""
ml5 = """"one""""
lit = 'C:\Users\nodejs\templates'
mlit = \'\'\'
The first newline is
trimmed in raw strings.
   All other whitespace
   is preserved.
\'\'\'
mlit2 = \'\'\''That,' she said, 'is still pointless.'\'\'\'
crlf = "x"
'''.replace("\\'", "'")
for k, v in tomllib.loads(STRINGS.replace('crlf = "x"', 'crlf = "x"\r\ncrlf2 = 1\r\n')).items():
    print(k, repr(v))

NUMBERS = '''
i1 = +99
i2 = 42
i3 = 0
i4 = -17
i5 = 1_000
i6 = 5_349_221
i7 = 53_49_221
i8 = 1_2_3_4_5
big = 123456789012345678901234567890
h1 = 0xDEADBEEF
h2 = 0xdeadbeef
h3 = 0xdead_beef
o1 = 0o01234567
o2 = 0o755
b1 = 0b11010110
z1 = -0
z2 = +0
f1 = +1.0
f2 = 3.1415
f3 = -0.01
f4 = 5e+22
f5 = 1e06
f6 = -2E-2
f7 = 6.626e-34
f8 = 224_617.445_991_228
f9 = -0.0
f10 = +0.0
sf1 = inf
sf2 = +inf
sf3 = -inf
sf4 = nan
sf5 = +nan
sf6 = -nan
'''
for k, v in tomllib.loads(NUMBERS).items():
    print(k, repr(v), type(v).__name__)

# parse_float sees the text of each float as written (underscores included)
print(tomllib.loads("a = 1_0.5\nb = -inf\nc = 1e3\nd = [0.1, 2]", parse_float=lambda s: "F:" + s))
from decimal import Decimal
print(tomllib.loads("x = 0.1\ny = 1.5e3", parse_float=Decimal))
for bad in (lambda s: {}, lambda s: [1]):
    try:
        tomllib.loads("x = 1.5", parse_float=bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    tomllib.loads("x = 1.5", parse_float=lambda s: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# load() reads a binary file as UTF-8
print(tomllib.load(io.BytesIO('name = "Zoë"\n[t]\nk = 1\r\n'.encode())))
try:
    tomllib.load(io.StringIO("a = 1"))
except TypeError as e:
    print("TypeError", e)
try:
    tomllib.loads(b"a = 1")
except TypeError as e:
    print("TypeError", e)
print(tomllib.loads(""), tomllib.loads("# only a comment"), tomllib.loads("\n\n  \t\n"))
print(issubclass(tomllib.TOMLDecodeError, ValueError), sorted(tomllib.__all__))
