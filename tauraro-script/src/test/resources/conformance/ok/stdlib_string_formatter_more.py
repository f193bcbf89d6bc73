import string
from string import Formatter, Template
f = Formatter()
print(f.format('{0} {1!r} {x:>5} {y[0]} {z.real}', 'a', 'b', x=3, y=[9], z=2j))
print(list(f.parse('a{0}b{x!r:>3}c{{d}}{}e{y.z[1]:{w}}')), list(f.parse('')), list(f.parse('}}')), list(f.parse('{:}')))
for bad in ['{', '}', '{0', 'a}b', '{0!x}', '{0!}', '{!r}', '{0:{1:{2}}}', '{a.}', '{a[}', '{0[0}']:
    try: print(repr(bad), list(f.parse(bad)))
    except Exception as e: print(repr(bad), 'parse', type(e).__name__, e)
    try: print(repr(bad), f.format(bad, [1], [2], 3, a=1))
    except Exception as e: print(repr(bad), 'format', type(e).__name__, e)
for fmt, args, kw in [('{} {}', (1, 2), {}), ('{0} {}', (1, 2), {}), ('{} {0}', (1, 2), {}), ('{2}', (1,), {}), ('{x}', (), {}), ('{0.nope}', (1,), {}), ('{0[5]}', ([1],), {}), ('{0:{1}}', (3, 5), {}),
                      ('{0:x}', ('s',), {}), ('{!s:>4}', (1,), {}), ('{0!a}', ('é',), {}), ('{a[b]}', (), {'a': {'b': 7}}), ('{a[0]}', (), {'a': {0: 'int'}}), ('{0:{1}{2}}', (5, '>', 4), {})]:
    try: print(repr(fmt), repr(f.format(fmt, *args, **kw)))
    except Exception as e: print(repr(fmt), type(e).__name__, e)
    try: print(repr(fmt), repr(f.vformat(fmt, args, kw)))
    except Exception as e: print(repr(fmt), 'v', type(e).__name__, e)
class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<%s>' % key
        return super().get_value(key, args, kwargs)
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)
    def check_unused_args(self, used, args, kwargs):
        print('used', sorted(map(str, used)), args, kwargs)
u = Upper()
print(u.format('{0} {missing} {x!u} {x!r:>6}', 'abc', x='q', extra=1))
try: u.format('{0!z}', 1)
except Exception as e: print(type(e).__name__, e)
try: f.format()
except Exception as e: print(type(e).__name__, e)
try: f.format(format_string='{}')
except Exception as e: print(type(e).__name__, e)
print(f.get_field('0.real', (3,), {}), f.get_field('a[1]', (), {'a': 'xyz'}), f.convert_field(1, 'r'), f.convert_field('é', 'a'), f.convert_field(1, None), f.format_field(3.14159, '.2f'))
try: f.convert_field(1, 'x')
except Exception as e: print(type(e).__name__, e)
for t, m in [('$who likes $what', dict(who='tim', what='kung pao')), ('${who}s', dict(who='tim')), ('$$ $x', dict(x=1)), ('$x $y', dict(x=1)), ('$', {}), ('$1', {}), ('${x', dict(x=1)), ('a $ b', {}), ('$x$y', dict(x=1, y=2)), ('${x}y ${ x}', dict(x=1)), ('$é', {})]:
    T = Template(t)
    try: print(repr(t), repr(T.substitute(m)))
    except Exception as e: print(repr(t), 'sub', type(e).__name__, e)
    try: print(repr(t), repr(T.safe_substitute(m)))
    except Exception as e: print(repr(t), 'safe', type(e).__name__, e)
    print(T.is_valid() if hasattr(T, 'is_valid') else '', T.get_identifiers() if hasattr(T, 'get_identifiers') else '')
print(Template('$a $b').substitute({'a': 1}, b=2), Template('$a').substitute({'a': 1}, a=3))
class My(Template):
    delimiter = '%'
    idpattern = '[a-z]+'
print(My('%abc %% %x1').safe_substitute(abc=1, x=2))
class My2(Template):
    braceidpattern = r'[A-Z]+'
print(My2('${AB} $ab').substitute(AB=1, ab=2))
try: My2('${ab}').substitute(ab=1)
except Exception as e: print(type(e).__name__, e)
try: Template('$x').substitute({}, {})
except Exception as e: print(type(e).__name__, e)
print(string.capwords('  hello   world  x'), string.capwords('a-b c-d', '-'), string.ascii_letters, string.punctuation, repr(string.whitespace), string.hexdigits, string.octdigits, repr(string.printable[-6:]))
for bad in ['{0!}', '{a[}', '{0[0}', '{0!}}', '{0!r', '{0!rx}', '{0[}]}', '{[}', '{0!:}', '{!}']:
    try: print(repr(bad), bad.format([1], a=[2]))
    except Exception as e: print(repr(bad), type(e).__name__, e)
from string import Formatter
for bad in ['{0!}', '{a[}', '{0[0}', '{0!}}', '{0!r', '{0!rx}', '{[}', '{0!:}', '{!}', 'x{{y}}z', '{{', '}}', 'a{b}c{d!r}e{f:g}h{i!s:j}', '{a:{b}x{c}}', '{ }', '{a:}', '{a!r:}']:
    it = Formatter().parse(bad)
    got = []
    try:
        for piece in it: got.append(piece)
        print(repr(bad), got)
    except Exception as e: print(repr(bad), got, type(e).__name__, e)
