"""sys's read-only named tuples (CPython's struct sequences): sys.flags, the command line's flags,
sys.int_info, sys.version_info, sys.float_info and sys.hash_info, in CPython 3.11's field orders, and
sys.implementation. Made when a script first reads them."""

from _structseq import struct_sequence

_FIELDS = ("debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
           "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
           "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits")
_DEFAULTS = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1)


flags = struct_sequence("sys.flags", _FIELDS, creatable=False)
int_info = struct_sequence("sys.int_info", ("bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                             "str_digits_check_threshold"))
version_info = struct_sequence("sys.version_info", ("major", "minor", "micro", "releaselevel", "serial"),
                               creatable=False)
float_info = struct_sequence("sys.float_info", ("max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                                 "dig", "mant_dig", "epsilon", "radix", "rounds"))

hash_info = struct_sequence("sys.hash_info", ("width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
                                               "seed_bits", "cutoff"))


def make_version_info():
    return tuple.__new__(version_info, (3, 11, 2, "final", 0))


def make_float_info():
    # IEEE 754 binary64, as C's float.h describes a double; rounds=1: round to nearest
    return tuple.__new__(float_info, (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307,
                                      15, 53, 2.220446049250313e-16, 2, 1))


def make_implementation(version, hexversion):
    # cache_tag None: this implementation writes no .pyc files next to the sources
    import types
    return types.SimpleNamespace(name="tauraro", cache_tag=None, version=version, hexversion=hexversion)


def make(values):
    """The one sys.flags object, from the command's values (None: an embedded interpreter's defaults)."""
    return tuple.__new__(flags, _DEFAULTS if values is None else values)


def make_int_info(default_max_str_digits, str_digits_check_threshold):
    # CPython's ints are arrays of 30-bit digits in 4 bytes, which is what programs read here too
    return tuple.__new__(int_info, (30, 4, default_max_str_digits, str_digits_check_threshold))


def make_hash_info():
    # the numeric hash is CPython's (hash(n) is n mod 2**61 - 1, inf 314159, complex's imaginary part times
    # 1000003); str and bytes hash with Java's 32-bit String.hashCode, unseeded, which algorithm names
    return tuple.__new__(hash_info, (64, 2305843009213693951, 314159, 0, 1000003, "java", 32, 0, 0))
