"""signal: set handlers for operating-system signals (Linux numbers), written from the Python 3.11
documentation over the Java _signal (the JDK's sun.misc.Signal). As in CPython, handlers run in the
main thread between statements, SIGINT's initial handler raises KeyboardInterrupt, and handlers can
only be set from the main thread.

Differences from CPython: SIGINT raises KeyboardInterrupt once this module is imported (before
that the JVM's default ends the program); a handler runs at the next loop iteration or call of the
main thread, so a main thread blocked in a sleep or a wait runs it when that returns; alarm,
setitimer, pthread_kill, sigwait and set_wakeup_fd are absent."""

import _signal
from enum import IntEnum as _IntEnum

__all__ = ["signal", "getsignal", "raise_signal", "strsignal", "valid_signals", "default_int_handler", "Signals",
           "Handlers", "SIG_DFL", "SIG_IGN", "NSIG"]


class Signals(_IntEnum):
    SIGHUP = 1
    SIGINT = 2
    SIGQUIT = 3
    SIGILL = 4
    SIGTRAP = 5
    SIGABRT = 6
    SIGBUS = 7
    SIGFPE = 8
    SIGKILL = 9
    SIGUSR1 = 10
    SIGSEGV = 11
    SIGUSR2 = 12
    SIGPIPE = 13
    SIGALRM = 14
    SIGTERM = 15
    SIGSTKFLT = 16
    SIGCHLD = 17
    SIGCONT = 18
    SIGSTOP = 19
    SIGTSTP = 20
    SIGTTIN = 21
    SIGTTOU = 22
    SIGURG = 23
    SIGXCPU = 24
    SIGXFSZ = 25
    SIGVTALRM = 26
    SIGPROF = 27
    SIGWINCH = 28
    SIGIO = 29
    SIGPWR = 30
    SIGSYS = 31
    SIGIOT = 6
    SIGPOLL = 29
    SIGCLD = 17


class Handlers(_IntEnum):
    SIG_DFL = 0
    SIG_IGN = 1


SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
NSIG = 65
SIGRTMIN = 34
SIGRTMAX = 64
SIGHUP = Signals.SIGHUP
SIGINT = Signals.SIGINT
SIGQUIT = Signals.SIGQUIT
SIGILL = Signals.SIGILL
SIGTRAP = Signals.SIGTRAP
SIGABRT = Signals.SIGABRT
SIGBUS = Signals.SIGBUS
SIGFPE = Signals.SIGFPE
SIGKILL = Signals.SIGKILL
SIGUSR1 = Signals.SIGUSR1
SIGSEGV = Signals.SIGSEGV
SIGUSR2 = Signals.SIGUSR2
SIGPIPE = Signals.SIGPIPE
SIGALRM = Signals.SIGALRM
SIGTERM = Signals.SIGTERM
SIGSTKFLT = Signals.SIGSTKFLT
SIGCHLD = Signals.SIGCHLD
SIGCONT = Signals.SIGCONT
SIGSTOP = Signals.SIGSTOP
SIGTSTP = Signals.SIGTSTP
SIGTTIN = Signals.SIGTTIN
SIGTTOU = Signals.SIGTTOU
SIGURG = Signals.SIGURG
SIGXCPU = Signals.SIGXCPU
SIGXFSZ = Signals.SIGXFSZ
SIGVTALRM = Signals.SIGVTALRM
SIGPROF = Signals.SIGPROF
SIGWINCH = Signals.SIGWINCH
SIGIO = Signals.SIGIO
SIGPWR = Signals.SIGPWR
SIGSYS = Signals.SIGSYS
SIGIOT = Signals.SIGIOT
SIGPOLL = Signals.SIGPOLL
SIGCLD = Signals.SIGCLD

_DESCRIPTIONS = {1: "Hangup", 2: "Interrupt", 3: "Quit", 4: "Illegal instruction", 5: "Trace/breakpoint trap",
                 6: "Aborted", 7: "Bus error", 8: "Floating point exception", 9: "Killed",
                 10: "User defined signal 1", 11: "Segmentation fault", 12: "User defined signal 2",
                 13: "Broken pipe", 14: "Alarm clock", 15: "Terminated", 16: "Stack fault", 17: "Child exited",
                 18: "Continued", 19: "Stopped (signal)", 20: "Stopped", 21: "Stopped (tty input)",
                 22: "Stopped (tty output)", 23: "Urgent I/O condition", 24: "CPU time limit exceeded",
                 25: "File size limit exceeded", 26: "Virtual timer expired", 27: "Profiling timer expired",
                 28: "Window changed", 29: "I/O possible", 30: "Power failure", 31: "Bad system call"}


def default_int_handler(signalnum, frame):
    """SIGINT's initial handler: raises KeyboardInterrupt."""
    raise KeyboardInterrupt


_handlers = {}


def _run(signum):
    handler = _handlers.get(signum, SIG_DFL)
    if callable(handler):
        import sys
        try:
            frame = sys._getframe(2)
        except ValueError:
            frame = None
        handler(signum, frame)   # a plain int, as CPython passes it


def _to_signal(signum):
    try:
        return Signals(signum)
    except ValueError:
        return signum


def _check(signalnum):
    if not isinstance(signalnum, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(signalnum).__name__)
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    return int(signalnum)


def getsignal(signalnum):
    """The current handler: a callable, SIG_DFL, SIG_IGN or None."""
    signalnum = _check(signalnum)
    return _handlers.get(signalnum, SIG_DFL)


def signal(signalnum, handler):
    """Sets the handler of a signal (main thread only) and returns the previous one."""
    import threading
    signalnum = _check(signalnum)
    if threading.current_thread() is not threading.main_thread():
        raise ValueError("signal only works in main thread of the main interpreter")
    if handler not in (SIG_DFL, SIG_IGN) and not callable(handler):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
    if signalnum in (SIGKILL, SIGSTOP):
        raise OSError(22, "Invalid argument")
    old = _handlers.get(signalnum, SIG_DFL)
    how = 0 if handler == SIG_DFL and not callable(handler) else 1 if handler == SIG_IGN and not callable(handler) else 2
    name = _to_signal(signalnum)
    if isinstance(name, Signals):
        _signal.install(signalnum, name.name[3:], how)
    _handlers[signalnum] = Handlers(handler) if how < 2 else handler
    return old


def raise_signal(signalnum):
    """Sends a signal to this process: its handler runs before this returns (in the main thread)."""
    signalnum = _check(signalnum)
    handler = _handlers.get(signalnum, SIG_DFL)
    if handler == SIG_IGN and not callable(handler):
        return
    if handler == SIG_DFL and not callable(handler):
        _signal.raise_os(_to_signal(signalnum).name[3:])
        return
    _signal.raise_signal(signalnum)


def strsignal(signalnum):
    """The system's description of a signal, or None."""
    signalnum = _check(signalnum)
    return _DESCRIPTIONS.get(signalnum)


def valid_signals():
    return set(range(1, 32)) | set(range(SIGRTMIN, SIGRTMAX + 1))


_signal.set_runner(_run)
signal(SIGINT, default_int_handler)
