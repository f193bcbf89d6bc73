# io.StringIO's methods called at a call site (s.write(x), no method object) and through the method
# objects that attribute reads give, with their argument checks, on a subclass and after close()
import io

s = io.StringIO("abc")
print(s.read(), s.tell(), s.seek(0), s.read(2), s.write("XY"), s.getvalue())
print(s.truncate(2), s.getvalue(), s.flush(), s.seek(0, 2), s.truncate(), s.tell())
w = s.write
print(w("q"), s.getvalue(), callable(s.getvalue), s.write.__name__, getattr(s, "seek")(0), s.read())
print(hasattr(s, "flush"), hasattr(s, "no_such_method"), s.line_buffering, s.newlines)
for bad in [lambda: s.write(1), lambda: s.write(), lambda: s.read(1, 2), lambda: s.seek(-1),
            lambda: s.seek(0, 3), lambda: s.truncate(-1), lambda: s.getvalue(1), lambda: s.tell(1), lambda: s.no_such_method()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)


class Upper(io.StringIO):
    def write(self, x):
        return super().write(x.upper())


u = Upper()
u.write("abc")
u.seek(0)
print(u.getvalue(), u.read(1), u.tell())

for stream in [io.StringIO(), Upper()]:
    for line in ["one\n", "two\n"]:
        stream.write(line)   # the same call site, on a StringIO and on a subclass
    print(repr(stream.getvalue()))

s.close()
print(s.closed)
for bad in [lambda: s.write("x"), lambda: s.getvalue(), lambda: s.tell(), lambda: s.read(), lambda: s.seek(0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
