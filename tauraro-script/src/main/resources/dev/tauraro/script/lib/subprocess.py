"""subprocess: run child processes, written from the Python 3.11 documentation over the Java
_subprocess binding (ProcessBuilder). Results, exceptions and their messages are CPython's.

Differences from CPython: output a child writes to an inherited stdout/stderr passes through the
interpreter (a pipe to the child, not the terminal itself); a file object given as stdin is read
from its start and one given as stdout/stderr is appended to (by path); a negative returncode is
reported only for signals sent through kill()/terminate()/timeouts; preexec_fn, pass_fds, user,
group and start_new_session are not supported."""

import os
import sys
import time
import _subprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput", "check_output", "run",
           "CalledProcessError", "DEVNULL", "SubprocessError", "TimeoutExpired", "CompletedProcess"]

try:
    _BYTES_LIKE = (bytes, bytearray)
except NameError:   # an interpreter without bytearray
    _BYTES_LIKE = (bytes,)

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


def _signal_name(n):
    try:
        import signal
        return "%r" % (signal.Signals(n),)
    except (ImportError, ValueError, AttributeError):
        return "unknown signal %d" % n


class CalledProcessError(SubprocessError):
    """A process run by check_call/check_output/run(check=True) returned a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            return "Command '%s' died with %s." % (self.cmd, _signal_name(-self.returncode))
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """The timeout expired while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """What run() returns: args, returncode, stdout and stderr."""
    __class_getitem__ = list.__dict__["__class_getitem__"]  # X[int] is a types.GenericAlias, as in CPython

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ["args={!r}".format(self.args), "returncode={!r}".format(self.returncode)]
        if self.stdout is not None:
            args.append("stdout={!r}".format(self.stdout))
        if self.stderr is not None:
            args.append("stderr={!r}".format(self.stderr))
        return "{}({})".format(type(self).__name__, ", ".join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


class _Pipe:
    """The parent's end of a child's stdin, stdout or stderr (bytes, or text with an encoding)."""

    def __init__(self, child, which, text, encoding, errors):
        self._child = child
        self._which = which
        self._text = text
        self._encoding = encoding
        self._errors = errors
        self.closed = False

    def _decode(self, data):
        if not self._text:
            return data
        return data.decode(self._encoding, self._errors).replace("\r\n", "\n").replace("\r", "\n")

    def write(self, data):
        if self._text:
            if not isinstance(data, str):
                raise TypeError("write() argument must be str, not %s" % type(data).__name__)
            data = data.encode(self._encoding, self._errors)
        elif not isinstance(data, _BYTES_LIKE):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        self._child.write(bytes(data))
        return len(data)

    def flush(self):
        pass

    def read(self, size=-1):
        return self._decode(self._child.read(self._which, -1 if size is None else size))

    def readline(self):
        return self._decode(self._child.readline(self._which))

    def readlines(self):
        return list(self)

    def __iter__(self):
        while True:
            line = self.readline()
            if not line:
                return
            yield line

    def close(self):
        if not self.closed:
            self.closed = True
            self._child.close(self._which)

    def fileno(self):
        raise OSError("pipes have no descriptor here")

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()


def _stream_arg(value, name):
    if value is None:
        return 0
    if value in (PIPE, STDOUT, DEVNULL):
        return value
    if hasattr(value, "name") and isinstance(value.name, str):
        if hasattr(value, "flush"):
            value.flush()
        return os.path.abspath(value.name)
    if isinstance(value, int):
        raise OSError(9, "Bad file descriptor")
    raise TypeError("bad %s argument: %r" % (name, value))


class Popen:
    """A child process: args as a list (or a string with shell=True), its pipes, wait and communicate."""
    __class_getitem__ = list.__dict__["__class_getitem__"]  # X[int] is a types.GenericAlias, as in CPython

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None, preexec_fn=None,
                 close_fds=True, shell=False, cwd=None, env=None, universal_newlines=None, startupinfo=None,
                 creationflags=0, restore_signals=True, start_new_session=False, pass_fds=(), *, group=None,
                 extra_groups=None, user=None, umask=-1, encoding=None, errors=None, text=None, pipesize=-1,
                 process_group=None):
        self.args = args
        self.returncode = None
        self._communicated = False
        if universal_newlines is not None and text is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError("Cannot disambiguate when both text and universal_newlines are supplied but "
                                  "different. Pass one or the other.")
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.encoding = encoding or ("utf-8" if self.text_mode else None)
        self.errors = errors or "strict"
        if isinstance(args, (str, bytes)) or hasattr(args, "__fspath__"):
            args = [os.fsdecode(args) if isinstance(args, bytes) else os.fspath(args)]
            if shell:
                args = ["/bin/sh", "-c"] + args
        else:
            args = [os.fspath(a) if not isinstance(a, bytes) else a.decode() for a in args]
            if shell:
                args = ["/bin/sh", "-c"] + args
        if executable is not None:
            args = [os.fspath(executable)] + args[1:]
        if cwd is not None:
            cwd = os.path.abspath(os.fspath(cwd))
            if not os.path.isdir(cwd):
                raise FileNotFoundError(2, "No such file or directory", os.fspath(cwd))
        if env is not None:
            env = {os.fspath(k): os.fspath(v) for k, v in env.items()}
        elif os.environ is not None:
            env = dict(os.environ)   # os.environ here is a copy the script may have changed
        self._child = _subprocess.spawn(args, cwd, env, _stream_arg(stdin, "stdin"), _stream_arg(stdout, "stdout"),
                                        STDOUT if stderr == STDOUT else _stream_arg(stderr, "stderr"))
        self.pid = self._child.pid
        self._out_piped = stdout == PIPE
        self._err_piped = stderr == PIPE
        self.stdin = _Pipe(self._child, 0, self.text_mode, self.encoding, self.errors) if stdin == PIPE else None
        self.stdout = _Pipe(self._child, 1, self.text_mode, self.encoding, self.errors) if stdout == PIPE else None
        self.stderr = _Pipe(self._child, 2, self.text_mode, self.encoding, self.errors) if stderr == PIPE else None

    def __repr__(self):
        return "<%s: returncode: %s args: %r>" % (self.__class__.__name__, self.returncode, self.args)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for pipe in (self.stdout, self.stderr, self.stdin):
            if pipe is not None and not pipe.closed:
                try:
                    pipe.close()
                except OSError:
                    pass
        self.wait()

    def poll(self):
        if self.returncode is None:
            rc = self._child.poll()
            if rc is not None:
                self.returncode = rc
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is not None:
            return self.returncode
        rc = self._child.wait(timeout)
        if rc is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = rc
        return rc

    def communicate(self, input=None, timeout=None):
        """Sends input, reads stdout and stderr to their ends, waits: (stdout, stderr)."""
        if self._communicated and input:
            raise ValueError("Cannot send input after starting communication")
        if input is not None and self.stdin is None:
            input = None
        if input is not None:
            if self.text_mode:
                input = input.encode(self.encoding, self.errors)
            elif not isinstance(input, _BYTES_LIKE):
                raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(input).__name__)
            input = bytes(input)
        self._communicated = True
        result = self._child.communicate(input, timeout, self._out_piped, self._err_piped)
        if result is None:
            raise TimeoutExpired(self.args, timeout)
        out, err = result
        if self.text_mode:
            out = self.stdout._decode(out) if out is not None else None
            err = self.stderr._decode(err) if err is not None else None
        self.wait()
        return out, err

    def send_signal(self, sig):
        if sig == 9:
            self.kill()
        else:
            self.terminate()

    def terminate(self):
        if self.returncode is None:
            self._child.terminate()

    def kill(self):
        if self.returncode is None:
            self._child.kill()


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Runs a command, waits for it, returns a CompletedProcess (CalledProcessError with check=True)."""
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except BaseException:  # KeyboardInterrupt above all: the child does not outlive the call
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Runs a command and returns its exit status."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """call(), raising CalledProcessError for a non-zero status."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """The command's standard output (CalledProcessError for a non-zero status)."""
    for kw in ("stdout", "check"):
        if kw in kwargs:
            raise ValueError(kw + " argument not allowed, it will be overridden.")
    if "input" in kwargs and kwargs["input"] is None:
        kwargs["input"] = "" if kwargs.get("universal_newlines") or kwargs.get("text") or kwargs.get("encoding") \
            or kwargs.get("errors") else b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exit status, output without its final newline) of a shell command, stderr included."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == "\n":
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
