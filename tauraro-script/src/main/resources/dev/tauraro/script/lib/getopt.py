"""getopt: command line options parsed as C's getopt() does, written from the module's documentation.

getopt() stops at the first argument that is not an option (or at '--'); gnu_getopt() lets options
and other arguments mix, unless shortopts starts with '+' or POSIXLY_CORRECT is set. A short option
letter followed by ':' takes an argument; a long option name followed by '=' takes one, and a long
option may be given by any unambiguous prefix of its name.
"""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    """A bad option: msg says what, opt names the option (without dashes), or is ''."""

    opt = ""
    msg = ""

    def __init__(self, msg, opt=""):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError  # the name older code uses


def getopt(args, shortopts, longopts=[]):
    """(options, rest): options as (option, value) pairs ('-a', '--name'), value '' when the option
    takes none; rest the arguments from the first non-option on."""
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    opts = []
    # args is only sliced: the rest is of args' own type (a tuple stays a tuple, as in CPython)
    while args and args[0].startswith("-") and args[0] != "-":
        if args[0] == "--":
            return opts, args[1:]
        if args[0].startswith("--"):
            args = _long(opts, args[0][2:], longopts, args[1:])
        else:
            args = _short(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """As getopt(), but options may follow other arguments, which are collected in order."""
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    posix = shortopts.startswith("+")
    if posix:
        shortopts = shortopts[1:]
    elif os.environ.get("POSIXLY_CORRECT"):
        posix = True
    args = list(args)
    opts = []
    rest = []
    while args:
        arg = args[0]
        if arg == "--":
            rest += args[1:]
            break
        if arg.startswith("--"):
            args = _long(opts, arg[2:], longopts, args[1:])
        elif arg.startswith("-") and arg != "-":
            args = _short(opts, arg[1:], shortopts, args[1:])
        elif posix:
            rest += args
            break
        else:
            rest.append(arg)
            args = args[1:]
    return opts, rest


def _long(opts, text, longopts, args):
    """Appends the long option `text` (name or name=value) to opts; returns the arguments left."""
    name, eq, value = text.partition("=")
    if not eq:
        value = None
    full, takes_value = _long_match(name, longopts)
    if takes_value:
        if value is None:
            if not args:
                raise GetoptError("option --%s requires argument" % full, full)
            value, args = args[0], args[1:]
    elif value is not None:
        raise GetoptError("option --%s must not have an argument" % full, full)
    opts.append(("--" + full, value or ""))
    return args


def _long_match(name, longopts):
    """(the full option name, whether it takes a value) for a name or unique prefix of one."""
    candidates = [o for o in longopts if o.startswith(name)]
    if not candidates:
        raise GetoptError("option --%s not recognized" % name, name)
    # an exact name wins over longer names it prefixes
    if name in candidates:
        return name, False
    if name + "=" in candidates:
        return name, True
    if len(candidates) > 1:
        raise GetoptError("option --%s not a unique prefix" % name, name)
    match = candidates[0]
    return (match[:-1], True) if match.endswith("=") else (match, False)


def _short(opts, letters, shortopts, args):
    """Appends the short options of one argument ('-ab', '-ofile') to opts; returns the arguments left."""
    while letters:
        letter, letters = letters[0], letters[1:]
        if _short_takes_value(letter, shortopts):
            if not letters:
                if not args:
                    raise GetoptError("option -%s requires argument" % letter, letter)
                letters, args = args[0], args[1:]
            opts.append(("-" + letter, letters))
            letters = ""
        else:
            opts.append(("-" + letter, ""))
    return args


def _short_takes_value(letter, shortopts):
    for i, c in enumerate(shortopts):
        if c == letter and c != ":":
            return shortopts.startswith(":", i + 1)
    raise GetoptError("option -%s not recognized" % letter, letter)
