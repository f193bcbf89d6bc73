# warnings: warn with categories and stacklevel, the default filters, once/module/always/error/ignore,
# filterwarnings with message and module patterns, catch_warnings(record=True), formatwarning
import os
import sys
import warnings


def show(message, category, filename, lineno, file=None, line=None):
    print("SHOW", os.path.basename(filename), lineno, category.__name__, message)


warnings.showwarning = show


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)


def library():
    warnings.warn("library default is a UserWarning")


library()
library()                    # the same place: shown once (the "default" action)
old_api()                    # DeprecationWarning from __main__: shown by the default filters
warnings.warn(RuntimeWarning("an instance"))
for i in range(3):
    warnings.warn("in a loop")
print([f[0] for f in warnings.filters], [f[2].__name__ for f in warnings.filters])

warnings.simplefilter("always")
for i in range(2):
    warnings.warn("always shown")
warnings.simplefilter("ignore", UserWarning)
warnings.warn("ignored user warning")
warnings.warn("bytes warning still shown", BytesWarning)
warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter("once")
warnings.warn("once only")
warnings.warn("once only")
warnings.simplefilter("error", FutureWarning)
try:
    warnings.warn("now an error", FutureWarning)
except FutureWarning as e:
    print("raised", type(e).__name__, e)
warnings.resetwarnings()
warnings.filterwarnings("ignore", message="skip.*")
warnings.filterwarnings("error", message="FATAL", category=UserWarning)
warnings.warn("skip me")
warnings.warn("Skip me too (case-insensitive)")
try:
    warnings.warn("fatal: stop")
except UserWarning as e:
    print("raised", e)
warnings.filterwarnings("ignore", module="__main__")
warnings.warn("from main, ignored")
warnings.resetwarnings()

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded one")
    warnings.warn("recorded two", SyntaxWarning)
    old_api()
print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught])
print(os.path.basename(caught[0].filename), caught[0].lineno, caught[0].line)
print(warnings.filters, warnings.showwarning is show)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("inside", UserWarning)
    except UserWarning as e:
        print("error inside catch_warnings:", e)
warnings.warn("outside again")
print(repr(warnings.formatwarning("text", UserWarning, "/x/file.py", 7, "line of code  ")))
print(repr(warnings.formatwarning("text", DeprecationWarning, "file.py", 7, "")))
try:
    warnings.warn("bad", int)
except TypeError as e:
    print(e)
try:
    warnings.simplefilter("loud")
except AssertionError as e:
    print("AssertionError", e)

warnings.showwarning = warnings._showwarning_orig if hasattr(warnings, "_showwarning_orig") else None
saved = sys.stderr
sys.stderr = sys.stdout
warnings.simplefilter("always")
text = warnings.formatwarning("to stderr", UserWarning, "no-such-file.py", 1)
print(text, end="")
sys.stderr = saved
