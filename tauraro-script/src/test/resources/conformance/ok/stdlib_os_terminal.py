# os.get_terminal_size and shutil.get_terminal_size when no descriptor is a terminal (the
# conformance runner gives stdin /dev/null, stdout a file and stderr /dev/null).
import os
import shutil

for args in [(), (0,), (1,), (2,), (99,), (-1,)]:
    try:
        print(os.get_terminal_size(*args))
    except OSError as e:
        print(args, type(e).__name__, e.errno, e)
for bad in ["1", 1.5]:
    try:
        os.get_terminal_size(bad)
    except TypeError as e:
        print(type(e).__name__, e)
with open(__file__) as f:
    try:
        os.get_terminal_size(f.fileno())
    except OSError as e:
        print("file", type(e).__name__, e)
size = os.terminal_size((132, 43))
print(size, size.columns, size.lines, tuple(size), size == (132, 43), isinstance(size, tuple))
try:
    os.terminal_size((1, 2, 3))
except TypeError as e:
    print(type(e).__name__, e)
os.environ.pop("COLUMNS", None)
os.environ.pop("LINES", None)
print(shutil.get_terminal_size(), shutil.get_terminal_size((100, 30)))
os.environ["COLUMNS"] = "120"
print(shutil.get_terminal_size((100, 30)))
os.environ["LINES"] = "50"
print(shutil.get_terminal_size())
os.environ["COLUMNS"] = "wide"
os.environ["LINES"] = "0"
print(shutil.get_terminal_size((70, 20)))
