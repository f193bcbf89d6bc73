# Smaller file behaviours: reprs (open and closed), f.buffer, readline limits, seek refusals, StringIO positions.
import io, os, sys
f = open("tauraro_conf_files_misc.tmp", "w")
print(repr(f))
f.close()
print(repr(f))
g = open("tauraro_conf_files_misc.tmp", "rb")
g.close()
print(repr(g))
print(repr(io.StringIO())[:20], repr(io.BytesIO())[:18])
f = open("tauraro_conf_files_misc.tmp", "w+")
print(f.write("abc"), f.read(), f.tell())
f.seek(0); print(f.read(), f.buffer.__class__.__name__)
f.close()
with open("tauraro_conf_files_misc.tmp") as f:
    print(f.readline(2), f.readline(), f.readline())
print(open("tauraro_conf_files_misc.tmp").readlines(), list(open("tauraro_conf_files_misc.tmp")))
with open("tauraro_conf_files_misc.tmp", "w") as f:
    f.writelines(("a", "b"))
print(open("tauraro_conf_files_misc.tmp").read())
try:
    with open("tauraro_conf_files_misc.tmp") as f:
        f.seek(1, 1)
except io.UnsupportedOperation as e:
    print(e)
try:
    open("tauraro_conf_files_misc.tmp").seek(-1)
except ValueError as e:
    print(e)
s = io.StringIO("abc")
print(s.read(1), s.tell(), s.seek(0, 2), s.write("d"), s.getvalue())
print(os.path.exists("tauraro_conf_files_misc.tmp"), os.path.getsize("tauraro_conf_files_misc.tmp"))
os.remove("tauraro_conf_files_misc.tmp")
try:
    os.remove("tauraro_conf_files_misc.tmp")
except FileNotFoundError as e:
    print(e)
print(os.stat(".").st_mode & 0o170000 == 0o040000)
print(os.path.join("", "a"), os.path.splitext("a.b/c"), os.path.basename("a/"), os.path.dirname("a"), os.path.normpath(""), os.path.normpath("//a"))
print(sorted(os.environ) == sorted(dict(os.environ)))
with open(os.devnull, "w") as f:
    print("x", file=f)
print(io.SEEK_END, sys.stdout is not None)
