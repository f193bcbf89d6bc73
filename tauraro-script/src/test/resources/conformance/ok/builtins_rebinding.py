# Builtin names read from functions already run see every change of the builtins module: a
# module global of the same name shadows them, assigning builtins.X replaces them, del builtins.X
# removes them (NameError), and assigning again brings them back.
import builtins


def count(s):
    return len(s)


def show():
    return repr(abs(-3)), count("abc")


for _ in range(3):
    print(show())

builtins.len = lambda s: -1
print(show())
len = lambda s: "global"
print(show())
del len
print(show())
original_abs = builtins.abs
del builtins.abs
try:
    show()
except NameError as e:
    print("NameError:", e)
builtins.abs = lambda x: "new abs"
print(show())
builtins.abs = original_abs
del builtins.len
try:
    count("x")
except NameError as e:
    print("NameError:", e)
try:
    del builtins.len
except AttributeError as e:
    print("AttributeError:", e)
builtins.len = lambda s: 99
print(count("xy"))
setattr(builtins, "len", lambda s: 7)
print(count("xy"), show())
