# signal: handlers for SIGUSR1/SIGTERM/SIGINT run by raise_signal, SIGINT's default KeyboardInterrupt,
# getsignal, strsignal, the errors; platform and os.uname basics
import os
import platform
import signal
import sys

received = []


def on_usr1(signum, frame):
    received.append((signum, type(signum).__name__, frame is None or hasattr(frame, "f_code")))


print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGTERM) == signal.SIG_DFL)
old = signal.signal(signal.SIGUSR1, on_usr1)
print(old == signal.SIG_DFL, signal.getsignal(signal.SIGUSR1) is on_usr1)
signal.raise_signal(signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR1)
print(received, repr(signal.SIGUSR1), int(signal.SIGTERM), signal.Signals(15).name)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))


class Stop(Exception):
    pass


def on_term(signum, frame):
    raise Stop("terminated by %s" % signal.Signals(signum).name)


signal.signal(signal.SIGTERM, on_term)
try:
    for i in range(3):
        if i == 1:
            signal.raise_signal(signal.SIGTERM)
        print("step", i)
except Stop as e:
    print(e)
signal.signal(signal.SIGTERM, signal.SIG_IGN)
signal.raise_signal(signal.SIGTERM)
print("ignored", signal.getsignal(signal.SIGTERM) == signal.SIG_IGN)
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM), signal.strsignal(9), signal.SIGKILL in signal.valid_signals())
for bad in [lambda: signal.signal(signal.SIGKILL, on_usr1), lambda: signal.signal(signal.SIGUSR2, 5),
            lambda: signal.signal(0, on_usr1), lambda: signal.getsignal(100)]:
    try:
        bad()
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
u = os.uname()
print(u.sysname, platform.system(), platform.system() == u.sysname, platform.machine() == u.machine,
      platform.node() == u.nodename, platform.release() == u.release, len(u), isinstance(u, tuple))
print(platform.uname().system == platform.system(), platform.python_version() == ".".join(map(str, sys.version_info[:3])),
      platform.python_version_tuple()[0], platform.architecture()[0])

# a real signal from another process: the handler runs in the main thread at a loop iteration
import subprocess
import time

got = []
signal.signal(signal.SIGUSR2, lambda signum, frame: got.append(signum))
subprocess.run(["kill", "-USR2", str(os.getpid())])
deadline = time.monotonic() + 10
while not got and time.monotonic() < deadline:
    time.sleep(0.01)
print("real signal", got)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)
