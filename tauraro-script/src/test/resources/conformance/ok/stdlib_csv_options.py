import csv, io
rows = [['a', 'b c', 'd,e', 'f"g', '', None, 1, 2.5, 'line\nbreak', ' sp ', "'q'"], [], [''], [None], ['x']]
for q in [csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE]:
    for kw in [{}, {'escapechar': '\\'}, {'doublequote': False, 'escapechar': '\\'}, {'delimiter': ';', 'quotechar': "'"}, {'lineterminator': '\n'}, {'quotechar': None}]:
        s = io.StringIO()
        try:
            w = csv.writer(s, quoting=q, **kw)
            for r in rows:
                try: w.writerow(r)
                except Exception as e: s.write('!%s: %s!' % (type(e).__name__, e))
            print(q, kw, repr(s.getvalue()))
        except Exception as e: print(q, kw, type(e).__name__, e)
data = 'a,b,"c,d","e""f"\r\n1, 2 ,"3\n4",\n"unterminated\n'
for kw in [{}, {'skipinitialspace': True}, {'quoting': csv.QUOTE_NONNUMERIC}, {'quoting': csv.QUOTE_NONE}, {'strict': True}, {'doublequote': False, 'escapechar': '\\'}, {'delimiter': ' '}]:
    try: print(kw, list(csv.reader(io.StringIO(data), **kw)))
    except Exception as e: print(kw, type(e).__name__, e)
for text in ['a,"b"c,d', '"a"b', 'a,b\\,c', '1,2.5,"x"', ' "a",b', 'a,\x00b', '"a""b"', 'a\rb', '"abc', 'x,"y\r\nz"', '']:
    for kw in [{}, {'strict': True}, {'quoting': csv.QUOTE_NONNUMERIC}, {'escapechar': '\\'}]:
        try: print(repr(text), kw, list(csv.reader([text], **kw)))
        except Exception as e: print(repr(text), kw, type(e).__name__, e)
r = csv.reader(['a,b', 'c,d'])
print(next(r), r.line_num, next(r), r.line_num, r.dialect.delimiter)
for bad in [dict(delimiter=''), dict(delimiter='ab'), dict(delimiter=1), dict(quotechar='ab'), dict(quoting=9), dict(lineterminator=1), dict(escapechar='ab'), dict(quoting=csv.QUOTE_NONE, quotechar=None),
            dict(quotechar=None), dict(delimiter='\n'), dict(delimiter=' ', skipinitialspace=True), dict(bogus=1), dict(strict=1, doublequote='x')]:
    try: csv.reader([], **bad); print(bad, 'ok')
    except Exception as e: print(bad, type(e).__name__, e)
    try: csv.writer(io.StringIO(), **bad); print(bad, 'w ok')
    except Exception as e: print(bad, 'w', type(e).__name__, e)
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(csv.list_dialects(), csv.get_dialect('pipes').delimiter, csv.get_dialect('excel-tab').delimiter)
s = io.StringIO(); csv.writer(s, 'pipes').writerow([1, 'a']); print(repr(s.getvalue()))
try: csv.get_dialect('nope')
except Exception as e: print(type(e).__name__, e)
csv.unregister_dialect('pipes')
try: csv.unregister_dialect('pipes')
except Exception as e: print(type(e).__name__, e)
class D(csv.Dialect):
    delimiter = ':'; quotechar = '"'; lineterminator = '\n'; quoting = csv.QUOTE_MINIMAL; doublequote = True; skipinitialspace = False
s = io.StringIO(); csv.writer(s, D).writerow(['a:b', 'c']); print(repr(s.getvalue()))
class Bad(csv.Dialect):
    delimiter = ':'
try: Bad()
except Exception as e: print(type(e).__name__, e)
s = io.StringIO()
w = csv.DictWriter(s, ['x', 'y'], restval='-', extrasaction='raise')
w.writeheader(); w.writerow({'x': 1}); w.writerows([{'y': 2}])
try: w.writerow({'z': 3})
except Exception as e: print(type(e).__name__, e)
print(repr(s.getvalue()))
try: csv.DictWriter(s, ['x'], extrasaction='bad')
except Exception as e: print(type(e).__name__, e)
for row in csv.DictReader(io.StringIO('x,y\n1,2\n3\n4,5,6\n\n7,8\n')): print(row)
for row in csv.DictReader(io.StringIO('1,2\n'), fieldnames=['a'], restkey='rest', restval='RV'): print(row)
dr = csv.DictReader(io.StringIO('')); print(dr.fieldnames, list(dr))
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
try: list(csv.reader(['a' * 20]))
except Exception as e: print(type(e).__name__, e)
csv.field_size_limit(131072)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.Error.__mro__, csv.excel.delimiter, repr(csv.excel.lineterminator), csv.unix_dialect.quoting)
s = io.StringIO(); w = csv.writer(s); print(w.writerow(['abc', 1]), w.dialect.delimiter)
try: w.writerow(5)
except Exception as e: print(type(e).__name__, e)
try: w.writerow([1j])
except Exception as e: print(type(e).__name__, e)
try: csv.writer(s, quoting=csv.QUOTE_NONE).writerow(['a,b'])
except Exception as e: print(type(e).__name__, e)
