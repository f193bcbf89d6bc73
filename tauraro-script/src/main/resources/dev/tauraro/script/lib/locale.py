"""locale: the C/POSIX locale only, written for tauraro-script from the locale documentation.

setlocale accepts "C", "POSIX" and "" (which selects the C locale too) and raises locale.Error
for any other locale; the conventions (localeconv), formatting and parsing are the C locale's:
'.' as decimal point, no grouping, no currency symbol. Text is always UTF-8."""

import builtins

__all__ = ["getlocale", "getencoding", "getpreferredencoding", "Error", "setlocale", "localeconv", "strcoll",
           "strxfrm", "str", "atof", "atoi", "format_string", "currency", "delocalize", "localize",
           "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY", "LC_NUMERIC", "LC_ALL", "LC_MESSAGES", "CHAR_MAX"]

LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL = range(7)
CHAR_MAX = 127
_CATEGORIES = range(7)


class Error(Exception):
    pass


def setlocale(category, locale=None):
    if category not in _CATEGORIES:
        raise Error("unsupported locale setting")
    if locale is None or locale in ('', 'C', 'POSIX'):
        return 'C'
    if isinstance(locale, tuple):
        if locale in ((None, None), ('C', None)):
            return 'C'
    elif not isinstance(locale, builtins.str):   # this module's own str() is locale.str
        raise TypeError("setlocale() argument 2 must be str or None, not %s" % type(locale).__name__)
    raise Error("unsupported locale setting")


def getlocale(category=LC_CTYPE):
    if category == LC_ALL:
        raise TypeError('category LC_ALL is not supported')
    return (None, None)


def getencoding():
    return 'UTF-8'


def getpreferredencoding(do_setlocale=True):
    return 'UTF-8'


def localeconv():
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '', 'mon_thousands_sep': '',
            'mon_grouping': [], 'positive_sign': '', 'negative_sign': '', 'int_frac_digits': CHAR_MAX,
            'frac_digits': CHAR_MAX, 'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX,
            'n_sign_posn': CHAR_MAX, 'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def strcoll(a, b):
    """Compares two strings as the C locale does: by code point."""
    return (a > b) - (a < b)


def strxfrm(s):
    return s


def format_string(f, val, grouping=False, monetary=False):
    """f % val with the locale's conventions (the C locale's: no grouping)."""
    return f % val


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    return format_string("%.12g", val)


def delocalize(string):
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))
