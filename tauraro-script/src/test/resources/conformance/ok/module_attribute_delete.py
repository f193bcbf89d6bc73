# del of a module attribute (sys.tracebacklimit set and removed; a missing one), as CPython.
import sys
import json

sys.tracebacklimit = 3
print(sys.tracebacklimit)
del sys.tracebacklimit
print(hasattr(sys, "tracebacklimit"))
try:
    del sys.tracebacklimit
except AttributeError as e:
    print("AttributeError:", e)
json.extra = 1
del json.extra
print(hasattr(json, "extra"), getattr(json, "extra", "gone"))
