# csv: reader and writer over the dialects and quoting modes, DictReader/DictWriter, errors
import csv
import io


def show_rows(text, **kw):
    r = csv.reader(io.StringIO(text, newline=""), **kw)
    rows = list(r)
    print(rows, r.line_num)


show_rows('a,b,c\r\n1,2,3\r\n')
show_rows('name,quote\n"Smith, J","He said ""hi"""\n')
show_rows('"multi\nline",x\nnext,row\n')
show_rows('a,b\n\nc,d\n')
show_rows('  a,  b', skipinitialspace=True)
show_rows('a;b;"c;d"', delimiter=";")
show_rows("a\tb\tc\n", dialect="excel-tab")
show_rows('a\\,b,c', escapechar="\\")
show_rows('a,"b"x,c')
show_rows('1,"two",3.5', quoting=csv.QUOTE_NONNUMERIC)
show_rows('a,"b,c', quoting=csv.QUOTE_NONE)
show_rows('"unterminated')
show_rows('')
show_rows(',,\n')
print(list(csv.reader(["x,y", "1,2"])))


def write(rows, **kw):
    out = io.StringIO()
    w = csv.writer(out, **kw)
    for row in rows:
        n = w.writerow(row)
    print(repr(out.getvalue()), n)


write([["a", "b c", "d,e", 'say "x"', "line\nbreak", "", None, 1, 2.5, True]])
write([["a", 1, None, 2.0]], quoting=csv.QUOTE_ALL)
write([["a", 1, None, 2.0, False]], quoting=csv.QUOTE_NONNUMERIC)
write([["a,b", "c"]], quoting=csv.QUOTE_NONE, escapechar="\\")
write([['q"q']], doublequote=False, escapechar="\\")
write([[""]])
write([[]])
write([["x", "y"]], dialect="unix")
write([["x", "y"]], delimiter="|", lineterminator="\n")
out = io.StringIO()
csv.writer(out).writerows([[1, 2], [3, 4]])
print(repr(out.getvalue()))

# DictReader / DictWriter
data = "name,age\nalice,30\nbob,25,extra\ncarol\n\ndave,40\n"
dr = csv.DictReader(io.StringIO(data))
print(dr.fieldnames)
for row in dr:
    print(row, dr.line_num)
print(list(csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n"), restkey="rest", restval="?")))
print(list(csv.DictReader(io.StringIO("1,2\n"), fieldnames=["x", "y"])))
print(csv.DictReader(io.StringIO("")).fieldnames)
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["name", "age"])
dw.writeheader()
dw.writerow({"name": "eve", "age": 22})
dw.writerows([{"name": "frank"}, {"age": 1, "name": "g,h"}])
print(repr(out.getvalue()))
dw = csv.DictWriter(io.StringIO(), fieldnames=["a"], extrasaction="ignore")
dw.writerow({"a": 1, "b": 2})

# dialects
class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


csv.register_dialect("semi", Semi)
write([["a;b", "c"]], dialect="semi")
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
write([["a", "b"]], dialect="pipes")
print(sorted(csv.list_dialects()))
d = csv.get_dialect("pipes")
print(d.delimiter, d.quotechar, d.quoting, repr(d.lineterminator), d.doublequote, d.escapechar)
csv.unregister_dialect("pipes")
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.field_size_limit())


def err(fn):
    try:
        fn()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)


err(lambda: csv.get_dialect("nope"))
err(lambda: csv.unregister_dialect("nope"))
err(lambda: csv.reader([], delimiter=","))
err(lambda: csv.reader([], delimiter="ab"))
err(lambda: csv.reader([], delimiter=1))
err(lambda: csv.reader([], quoting=9))
err(lambda: csv.reader([], quotechar=None))
err(lambda: csv.reader([], bogus=1))
err(lambda: list(csv.reader(['a,"b"x'], strict=True)))
err(lambda: list(csv.reader(['"abc'], strict=True)))
err(lambda: list(csv.reader(["a\rb"])))
err(lambda: list(csv.reader([b"bytes"])))
err(lambda: list(csv.reader(["a\0b"])))
err(lambda: list(csv.reader(["1,x"], quoting=csv.QUOTE_NONNUMERIC)))
err(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]))
err(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""]))
err(lambda: csv.writer(io.StringIO()).writerow(5))
err(lambda: csv.writer(5))
err(lambda: csv.DictWriter(io.StringIO(), ["a"]).writerow({"a": 1, "b": 2}))
err(lambda: csv.DictWriter(io.StringIO(), ["a"], extrasaction="other"))
old = csv.field_size_limit(5)
err(lambda: list(csv.reader(["abcdefgh"])))
csv.field_size_limit(old)
