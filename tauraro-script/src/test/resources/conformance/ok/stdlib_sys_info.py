# sys.version_info, sys.float_info and sys.implementation as CPython's struct sequences and namespace; hexversion and the other constants.
import sys
print(sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info < (4,))
print(repr(sys.version_info), type(sys.version_info).__name__, len(sys.version_info), sys.version_info.releaselevel)
major, minor, *rest = sys.version_info
print(major, minor, rest, hash(sys.version_info) == hash((3, 11, 2, "final", 0)), sys.version_info == (3, 11, 2, "final", 0))
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info[0] == sys.float_info.max)
print(1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 == 1.0, sys.float_info.min / 2 > 0)
print(hex(sys.hexversion), sys.hexversion >= 0x030800F0, sys.api_version, sys.float_repr_style, sys.getdefaultencoding())
print(sys.prefix == sys.base_prefix, sys.exec_prefix == sys.base_exec_prefix, isinstance(sys.prefix, str))
print(type(sys.implementation).__name__, sys.implementation.version == sys.version_info, sys.implementation.hexversion == sys.hexversion)
print(sys.excepthook is sys.__excepthook__, callable(sys.excepthook), sys.platlibdir)
for make in (lambda: type(sys.version_info)((1, 2, 3, "a", 0)), lambda: type(sys.float_info)(range(10))):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
try:
    sys.version_info.major = 4
except AttributeError as e:
    print("AttributeError")
