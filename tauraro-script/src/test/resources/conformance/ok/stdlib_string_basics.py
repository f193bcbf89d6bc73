import string
from string import Template, Formatter

print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.punctuation, repr(string.printable))
print(string.capwords("hello   wORLD  foo"), string.capwords("a-b-c", "-"), repr(string.capwords("  ")))
t = Template("$who likes $what; ${who}s pay $$5")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "ann", "what": "tea"}, what="rice"))
print(t.safe_substitute(who="x"), t.get_identifiers(), t.is_valid(), t.template)
for bad in ["$who likes $", "line\nnext $5", "${unclosed"]:
    try:
        Template(bad).substitute(who="x")
    except ValueError as e:
        print("ValueError", e)
    print(Template(bad).safe_substitute(who="x"), Template(bad).is_valid())
try:
    t.substitute(who="only")
except KeyError as e:
    print("KeyError", e)


class Percent(Template):
    delimiter = "%"


class Dotted(Template):
    idpattern = r"[a-z]+(?:\.[a-z]+)*"


print(Percent("%x and %%").substitute(x=1), Dotted("$a.b!").substitute({"a.b": "ok"}))
f = Formatter()
print(f.format("{0} {1!r} {name:>6} {{x}} {0.real} {2[1]}", 3, "s", [7, 8], name="n"))
print(f.format("{} {} {:{w}}|", 1, 2, 3, w=4), list(f.parse("a{0!s:^5}b{{c}}{x[1].y}")))
print(f.vformat("{a}-{b}", (), {"a": 1, "b": 2}), f.get_field("0.imag", (5,), {}))
