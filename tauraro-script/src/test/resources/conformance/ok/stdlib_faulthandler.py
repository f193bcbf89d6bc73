# faulthandler: the current stack, every thread's, and a timed dump, written to a file and compared with thread ids masked.
import faulthandler
import io
import re
import sys
import tempfile
import threading
import time


def read(f):
    f.flush()
    f.seek(0)
    text = f.read()
    f.seek(0)
    f.truncate()
    return re.sub(r"0x[0-9a-f]{16}", "0xID", text).replace(__file__, "SCRIPT")


def frames_of(text, name):
    # the lines of this script's own frames (library frames differ between implementations)
    return [line for line in text.splitlines() if "SCRIPT" in line or line.startswith(name)]


with tempfile.TemporaryFile("w+") as f:
    def inner():
        faulthandler.dump_traceback(f, all_threads=False)

    def outer():
        inner()

    outer()
    print(read(f), end="")
    print(faulthandler.is_enabled(), faulthandler.enable(f), faulthandler.is_enabled(), faulthandler.disable(),
          faulthandler.disable(), faulthandler.is_enabled())

    ready = threading.Event()
    stop = threading.Event()

    def waiter():
        ready.set()
        stop.wait()

    t = threading.Thread(target=waiter)
    t.start()
    ready.wait()
    faulthandler.dump_traceback(f)
    text = read(f)
    stop.set()
    t.join()
    print(text.count("Current thread 0xID (most recent call first):"), text.count("\nThread 0xID (most recent call first):"))
    print(frames_of(text, "Current"))
    for bad in (0, -1.5):
        try:
            faulthandler.dump_traceback_later(bad)
        except ValueError as e:
            print("ValueError:", e)
    faulthandler.dump_traceback_later(0.3, file=f)
    time.sleep(1.0)
    text = read(f)
    print(text.splitlines()[0], frames_of(text, "Thread"))
    faulthandler.dump_traceback_later(5, file=f)
    faulthandler.cancel_dump_traceback_later()
    faulthandler.cancel_dump_traceback_later()
for bad in (io.StringIO(),):
    try:
        faulthandler.dump_traceback(bad)
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation:", e)
