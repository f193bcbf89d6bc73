"""shlex: split, quote and join command lines with POSIX shell rules, written from the Python 3.11
documentation and CPython's observed results.

Differences from CPython: the shlex class (the configurable lexer with non-POSIX mode,
punctuation_chars and source inclusion) is not provided; split, quote and join are."""

import re as _re

__all__ = ["split", "quote", "join"]

_WHITESPACE = " \t\r\n"
_find_unsafe = None


def split(s, comments=False, posix=True):
    """The words of a command line, as a POSIX shell splits them (quotes, backslashes, # comments)."""
    if s is None:
        raise ValueError("s argument must not be None")
    if not posix:
        raise NotImplementedError("only POSIX mode is provided (posix=True)")
    words = []
    word = []
    in_word = False
    state = " "   # ' ' between words, 'a' in a word, "'" or '"' inside quotes
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if state in " a":
            if c in _WHITESPACE:
                if in_word:
                    words.append("".join(word))
                    word = []
                    in_word = False
                state = " "
            elif c == "#" and comments and not in_word:
                while i < n and s[i] != "\n":
                    i += 1
                continue
            elif c == "\\":
                if i + 1 >= n:
                    raise ValueError("No escaped character")
                word.append(s[i + 1])
                in_word = True
                state = "a"
                i += 1
            elif c in "'\"":
                state = c
                in_word = True
            else:
                word.append(c)
                in_word = True
                state = "a"
        elif state == "'":
            if c == "'":
                state = "a"
            else:
                word.append(c)
        else:   # inside double quotes: backslash escapes only " and \
            if c == '"':
                state = "a"
            elif c == "\\" and i + 1 < n and s[i + 1] in '"\\':
                word.append(s[i + 1])
                i += 1
            elif c == "\\" and i + 1 >= n:
                raise ValueError("No escaped character")
            else:
                word.append(c)
        i += 1
    if state in "'\"":
        raise ValueError("No closing quotation")
    if in_word:
        words.append("".join(word))
    return words


def join(split_command):
    """The shell-escaped command line of a list of words."""
    return " ".join(quote(arg) for arg in split_command)


def quote(s):
    """A shell-escaped version of s: unchanged when safe, else in single quotes."""
    if not s:
        return "''"
    global _find_unsafe
    if _find_unsafe is None:
        _find_unsafe = _re.compile(r"[^\w@%+=:,./-]", _re.ASCII).search
    if _find_unsafe(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"
