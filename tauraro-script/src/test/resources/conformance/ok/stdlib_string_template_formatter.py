# string.Template and string.Formatter: placeholders, errors, subclass hooks, field numbering.
import string
T = string.Template
def show(f):
    try:
        return repr(f())
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
for text in ["$a and ${b} cost $$5", "$", "x $1", "ab\n$", "a\nb\n  ${", "${a", "$a$a${a}", "", "$$", "${}", "$_x_1 $X"]:
    t = T(text)
    print(show(lambda: t.substitute(a=1, b=2, _x_1=3, X=4)), show(lambda: t.substitute({"a": "m"}, b="k")),
          show(lambda: t.safe_substitute(a=1)), show(t.is_valid), show(t.get_identifiers), show(lambda: t.substitute()))
class P(T):
    delimiter = "%"
    idpattern = "[a-z]+"
    braceidpattern = "[A-Z ]+"
p = P("%abc %{HELLO THERE} %{abc} %% %1")
print(show(lambda: p.safe_substitute(abc="x", **{"HELLO THERE": "y"})), show(p.get_identifiers), p.is_valid(), p.pattern.flags & 64 > 0)
class Q(T):
    pattern = r"@(?:(?P<escaped>@)|(?P<named>\w+)|{(?P<braced>\w+)}|(?P<invalid>))"
print(show(lambda: Q("@x @@ @{y}").substitute(x=1, y=2)), show(lambda: Q("@").substitute()))
class Bad(T):
    pattern = r"#(?P<other>\w+)|(?P<named>@\w+)|(?P<escaped>&&)|(?P<braced>%)|(?P<invalid>!)"
for f in (lambda: Bad("#x").substitute(), lambda: Bad("#x").is_valid(), lambda: Bad("#x").get_identifiers(), lambda: Bad("#x").safe_substitute()):
    print(show(f))
print(T.delimiter, T.idpattern, T.braceidpattern, T.flags, type(T.pattern).__name__, T("$x").template)
F = string.Formatter()
for fs, a, k in [("{} {}", (1, 2), {}), ("{0} {1} {0}", ("a", "b"), {}), ("{} {0}", (1,), {}), ("{0} {}", (1,), {}),
                 ("{x.real} {y[1]} {y[0]!r:>5}", (), {"x": 3, "y": ["p", "q"]}), ("{:{}}", ("ab", 6), {}), ("{:{:{}}}", (1, 2, 3), {}),
                 ("{:{:{:{}}}}", (1, 2, 3, 4), {}), ("{!x}", (1,), {}), ("{0!s:^9}|{0!a}", ("é",), {}), ("{", (), {}), ("}", (), {}),
                 ("{{}} {{{0}}}", (7,), {}), ("{0.}", (1,), {}), ("{a}", (), {}), ("{5}", (1,), {}),
                 ("{0:{1}}{}", (1, 2), {}), ("{.real}", (), {}), ("x{}y{}z", ("A", "B"), {})]:
    print(fs, show(lambda: F.format(fs, *a, **k)), show(lambda: list(F.parse(fs))))
class Checked(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        print("used", sorted(map(str, used)), len(args), sorted(kwargs))
    def get_value(self, key, args, kwargs):
        return "<%s>" % (key,) if isinstance(key, str) and key.startswith("z") else super().get_value(key, args, kwargs)
print(Checked().format("{} {zed} {k} {}", 1, 2, k=3, j=4))
print(F.vformat("{0}-{n}", (1,), {"n": 2}), F.convert_field(5, None), F.convert_field("é", "a"), F.format_field(3.14159, ".2f"))
print(string.capwords(" hello  wORLD  "), string.capwords("a-b-c", "-"), len(string.printable), string.hexdigits, string.octdigits)
