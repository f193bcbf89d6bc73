# os and os.path over real files: a directory tree made, walked, measured, renamed and removed.
import os
import os.path
from os.path import join

base = "tauraro_conf_files_os.tmp"
if os.path.exists(base):
    for top, dirs, files in os.walk(base, topdown=False):
        for n in files:
            os.remove(join(top, n))
        os.rmdir(top)
os.makedirs(join(base, "a", "b"))
os.makedirs(join(base, "a", "b"), exist_ok=True)
try:
    os.makedirs(join(base, "a"))
except FileExistsError as e:
    print("exists", e.errno)
for name, text in [("a/one.txt", "1"), ("a/b/two.txt", "22"), ("three.log", "333")]:
    with open(join(base, name), "w") as f:
        f.write(text)
for top, dirs, files in os.walk(base):
    dirs.sort()
    print(os.path.relpath(top, base), sorted(dirs), sorted(files))
for top, dirs, files in os.walk(base, topdown=False):
    print(os.path.relpath(top, base), sorted(files))
print(sorted(os.listdir(base)))
with os.scandir(base) as it:
    for entry in sorted(it, key=lambda e: e.name):
        print(entry.name, entry.is_dir(), entry.is_file(), entry.path == join(base, entry.name))
st = os.stat(join(base, "three.log"))
print(st.st_size, os.path.getsize(join(base, "a", "b", "two.txt")), type(st.st_mtime).__name__,
      st.st_mtime > 1e9, abs(os.path.getmtime(join(base, "three.log")) - st.st_mtime) < 1)
os.rename(join(base, "three.log"), join(base, "four.log"))
with open(join(base, "five.log"), "w") as f:
    f.write("5")
os.replace(join(base, "five.log"), join(base, "four.log"))
with open(join(base, "four.log")) as f:
    print(f.read())
print(os.path.isfile(join(base, "four.log")), os.path.isdir(join(base, "a")), os.path.exists(join(base, "x")))
print(os.path.join("a", "b", "c.txt"), os.path.join("a/", "/b"), os.path.basename("/x/y.tar.gz"),
      os.path.dirname("/x/y.tar.gz"), os.path.splitext("/x/y.tar.gz"), os.path.splitext(".bashrc"),
      os.path.split("a/b/"), os.path.normpath("a//b/../c/./d"), os.path.isabs("/a"))
print(os.path.abspath(base) == join(os.getcwd(), base), os.path.abspath("/a/../b"))
print(os.sep, repr(os.linesep), os.fspath(base) == base, len(os.urandom(8)), type(os.getpid()).__name__,
      os.cpu_count() >= 1, os.environ.get("TAURARO_SURELY_UNSET"), os.getenv("TAURARO_SURELY_UNSET", "dflt"),
      type(os.environ).__name__ in ("dict", "_Environ"))
for top, dirs, files in os.walk(base, topdown=False):
    for n in files:
        os.remove(join(top, n))
    os.rmdir(top)
print(os.path.exists(base))
