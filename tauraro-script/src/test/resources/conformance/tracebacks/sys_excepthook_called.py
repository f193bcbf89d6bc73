import sys
try:
    1 / 0
except ZeroDivisionError:
    sys.excepthook(*sys.exc_info())
print("after")
sys.excepthook = lambda *a: print("hooked", a[0].__name__)
sys.exit(3)
