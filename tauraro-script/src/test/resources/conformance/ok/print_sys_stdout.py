# print() writes to whatever sys.stdout is at the time of the call, as CPython: a replaced stream,
# None (nothing printed), contextlib.redirect_stdout, file=None meaning sys.stdout, and back.
import contextlib
import io
import sys

original = sys.stdout
buffer = io.StringIO()
sys.stdout = buffer
print("one", 2, sep="-", end="!\n")
print("two", file=None)
sys.stdout = None
print("lost")
sys.stdout = original
print(repr(buffer.getvalue()))

captured = io.StringIO()
with contextlib.redirect_stdout(captured):
    print("inside")
    print("to stderr is not captured", file=sys.stderr)
print(repr(captured.getvalue()))


class Upper:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text.upper())


sink = Upper()
sys.stdout = sink
print("a", "b")
sys.stdout = sys.__stdout__
print(sink.parts)
print("done")
