"""Dumping the script's tracebacks on demand or after a timeout (CPython's faulthandler).

The JVM handles the faults CPython's module catches (a segmentation fault, an abort) itself, so
enable() only records its arguments; dump_traceback and dump_traceback_later print every running
thread's stack in CPython's format, read from the threads' live frames (sys._current_frames()).
register() for other signals is absent.
"""
import sys
import threading
import _thread

__all__ = ["enable", "disable", "is_enabled", "dump_traceback", "dump_traceback_later",
           "cancel_dump_traceback_later"]

_MAX_FRAMES = 100
_enabled = None        # (file, all_threads) while enabled
_later = None          # the pending dump_traceback_later's Event, or None


def _check(file):
    if file is None:
        file = sys.stderr
        if file is None:
            raise RuntimeError("sys.stderr is None")
    if isinstance(file, int):
        if file < 0:
            raise ValueError("file is not a valid file descriptor")
        return file
    fileno = file.fileno()   # as CPython: a file object must have a file descriptor
    if fileno < 0:
        raise ValueError("file is not a valid file descriptor")
    return file


def _write(file, text):
    if isinstance(file, int):
        import os
        os.write(file, text.encode("utf-8", "backslashreplace"))
        return
    file.write(text)
    file.flush()


def _stack(frame):
    lines = []
    depth = 0
    while frame is not None:
        if depth >= _MAX_FRAMES:
            lines.append("  ...\n")
            break
        lines.append(f'  File "{frame.f_code.co_filename}", line {frame.f_lineno} in {frame.f_code.co_name}\n')
        frame = frame.f_back
        depth += 1
    return "".join(lines)


def _format(all_threads, current=None, skip=None):
    if not all_threads:
        return "Stack (most recent call first):\n" + _stack(sys._getframe(2))
    frames = sys._current_frames()
    me = _thread.get_ident() if current is None else current
    parts = []
    for ident, frame in frames.items():
        if ident == skip:
            continue
        if ident == me:
            frame = sys._getframe(2) if current is None else frame
        head = "Current thread" if ident == me else "Thread"
        parts.append(f"{head} 0x{ident:016x} (most recent call first):\n" + _stack(frame))
    return "\n".join(parts)


def dump_traceback(file=sys.stderr, all_threads=True):
    """Writes the tracebacks of all threads (or of the current one) to file."""
    file = _check(file)
    _write(file, _format(all_threads))


def enable(file=sys.stderr, all_threads=True):
    """Records that the fault handler is on (the JVM reports its own faults)."""
    global _enabled
    _enabled = (_check(file), all_threads)


def disable():
    global _enabled
    was = _enabled is not None
    _enabled = None
    return was


def is_enabled():
    return _enabled is not None


def dump_traceback_later(timeout, repeat=False, file=sys.stderr, exit=False):
    """Dumps every thread's traceback after timeout seconds (again each timeout when repeat), then exits the process when exit."""
    global _later
    if timeout <= 0:
        raise ValueError("timeout must be greater than 0")
    file = _check(file)
    cancel_dump_traceback_later()
    import datetime
    header = f"Timeout ({datetime.timedelta(seconds=timeout)})!\n"
    cancelled = threading.Event()
    _later = cancelled

    def watchdog():
        me = _thread.get_ident()
        while not cancelled.wait(timeout):
            _write(file, header + _format(True, current=-1, skip=me))
            if exit:
                import os
                os._exit(1)
            if not repeat:
                break

    threading.Thread(target=watchdog, name="faulthandler watchdog", daemon=True).start()


def cancel_dump_traceback_later():
    global _later
    if _later is not None:
        _later.set()
        _later = None
