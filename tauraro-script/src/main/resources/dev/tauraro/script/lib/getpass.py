"""getpass: reading a password, and the user's login name, written for tauraro-script.

Difference from CPython: the JVM cannot turn off the terminal's echo, so getpass always reads as
CPython does when it cannot control the terminal: it warns (GetPassWarning and "Warning: Password
input may be echoed.") and reads a line from standard input, writing the prompt to stream
(sys.stderr by default)."""

import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def getpass(prompt='Password: ', stream=None):
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    if not stream:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    stream.write(prompt)
    stream.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    if line[-1] == '\n':
        line = line[:-1]
    stream.write('\n')
    return line


def getuser():
    """The login name: LOGNAME, USER, LNAME or USERNAME from the environment; else, where CPython
    asks the password database (absent here), the name of the home directory."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    home = os.path.expanduser('~')
    if home and home != '~':
        return os.path.basename(home.rstrip('/'))
    raise OSError("No username set in the environment")
