# warnings: the per-module __warningregistry__, the "module" action, warn_explicit, warnings from
# beyond the outermost frame, WarningMessage, catch_warnings misuse and recording while
# showwarning is replaced
import os
import sys
import warnings


class ShortPaths:
    """stderr onto stdout, with this script's directory left out (it differs between runners)."""

    def write(self, text):
        return sys.stdout.write(text.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, ""))


sys.stderr = ShortPaths()
warnings.simplefilter("module")
for line in range(2):
    warnings.warn("module action")   # shown once for the module, whatever the line
warnings.warn("module action")
registry = globals()["__warningregistry__"]
print(registry["version"] > 0, len(registry) > 1)
warnings.resetwarnings()
print(registry is globals()["__warningregistry__"])
warnings.simplefilter("default")
warnings.warn("after reset")
print("version" in globals()["__warningregistry__"])


def deep():
    warnings.warn("from nowhere", RuntimeWarning, stacklevel=30)


deep()
warnings.warn_explicit("explicit", UserWarning, "no-such-dir/somefile.py", 9)
warnings.warn_explicit("explicit module", FutureWarning, "no-such-dir/other.py", 3, module="other", registry={})
warnings.warn_explicit(UserWarning("an instance"), SyntaxWarning, "no-such-dir/x.py", 1, registry=None)
message = warnings.WarningMessage("m", UserWarning, "f.py", 3)
print(str(message), message.file, message.source)
guard = warnings.catch_warnings()
print(repr(guard), repr(warnings.catch_warnings(record=True)))
guard.__enter__()
try:
    guard.__enter__()
except RuntimeError as e:
    print(e)
guard.__exit__(None, None, None)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print(e)


def loud(message, category, filename, lineno, file=None, line=None):
    print("loud:", message)


warnings.showwarning = loud
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("into the log", source="src")
    print(warnings.showwarning is loud)
print([(str(w.message), w.source, w.line) for w in log], warnings.showwarning is loud)
with warnings.catch_warnings(action="error", category=DeprecationWarning):
    try:
        warnings.warn("now fatal", DeprecationWarning)
    except DeprecationWarning as e:
        print("raised", e)
warnings.warn("loud again")
warnings.showwarning = 5
try:
    warnings.warn("bad hook")
except TypeError as e:
    print(e)
warnings.showwarning = warnings._showwarning_orig
for bad in [lambda: warnings.filterwarnings("always", message=3), lambda: warnings.filterwarnings("always", category=int),
            lambda: warnings.filterwarnings("always", module=3), lambda: warnings.simplefilter("always", lineno=-1),
            lambda: warnings.warn("x", "notaclass")]:
    try:
        bad()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)
warnings.filterwarnings("ignore", module="__ma")   # the module expression matches at the start
warnings.filterwarnings("error", lineno=999)
warnings.warn("ignored: __ma is a prefix of __main__")
warnings.filterwarnings("always", module="main")
warnings.warn("shown: main is not at the start")
warnings.filterwarnings("ignore", category=UserWarning, append=True)
print([(f[0], f[2].__name__, f[4]) for f in warnings.filters])
