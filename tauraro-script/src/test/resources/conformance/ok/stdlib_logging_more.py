# logging: format validation per style, defaults, the logger registry (placeholders, adoption),
# disable, hasHandlers, getChild, stacklevel, stack_info, handleError's report, captureWarnings,
# BufferingFormatter, FileHandler(delay=True), setStream, LoggerAdapter.process
import io
import logging
import os
import sys
import tempfile
import warnings

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def attempt(make):
    try:
        result = make()
        print("ok", getattr(result, "_fmt", result))
    except (ValueError, TypeError, KeyError, NotImplementedError) as e:
        print(type(e).__name__, e)


for fmt in ["{x!z}", "{x:>>>}", "{0}", "{a.b}", "{a[0]}", "{}", "plain", "{a b}", "{a!r:>10}",
            "{a:{b}}", "{a}}", "{!r}", "{a:Z}", "{a:,}", "{a-b}"]:
    attempt(lambda: logging.Formatter(fmt, style="{"))
for fmt in ["plain", "$$", "$ x", "${x", "$a $b", "${a b}", "x$"]:
    attempt(lambda: logging.Formatter(fmt, style="$"))
for fmt in ["%(x)q", "%(x)-8s", "%(x)#08.3f", "%%", "%s", "%(x)", "%(a)s %", "%(a)*s", "%(a)ld", "%(a.b)s"]:
    attempt(lambda: logging.Formatter(fmt))
attempt(lambda: logging.Formatter(None, style="{"))
attempt(lambda: logging.Formatter(None, style="$"))
attempt(lambda: logging.Formatter("anything", validate=False))

record = logging.makeLogRecord({"a": 1, "msg": "m"})
for fmt, style in [("%(a)s %(b)s", "%"), ("{a} {b}", "{"), ("$a $b", "$")]:
    print(logging.Formatter(fmt, style=style, defaults={"b": 2}).format(record))
for fmt, style in [("%(zz)s", "%"), ("{zz}", "{"), ("$zz", "$")]:
    attempt(lambda: logging.Formatter(fmt, style=style).format(record))
for style, cls in [("%", logging.PercentStyle), ("{", logging.StrFormatStyle), ("$", logging.StringTemplateStyle)]:
    print(style, cls.default_format, cls.asctime_format, cls.asctime_search, logging._STYLES[style][1])
print(logging.PercentStyle("%(asctime)s").usesTime(), logging.StrFormatStyle("{asctime}").usesTime(),
      logging.StringTemplateStyle("$asctime").usesTime(), logging.PercentStyle("%(a)s").usesTime())

r = logging.LogRecord("n", 10, "/a/b/c.tar.gz", 3, "m %s", ({"a": 1},), None, "fn")
print(r, r.filename, r.module, r.args, r.getMessage(), r.funcName, r.levelname, r.msecs == int(r.msecs))
print(logging.LogRecord("n", 10, "p", 3, "m %s", ({},), None).args,
      logging.LogRecord("n", 10, "p", 3, "m %s", [1], None).args,
      logging.LogRecord("n", 10, "p", 3, 5, None, None).getMessage(),
      logging.LogRecord("n", 10, None, 3, 5, None, None).module)
print(list(logging.makeLogRecord({}).__dict__))
print(sorted(logging.getLevelNamesMapping().items()), logging.getLevelName("Level 5"), logging.getLevelName(None))

# the registry: placeholders for missing ancestors, adoption when the ancestor appears
c = logging.getLogger("p.q.r")
print(type(logging.Logger.manager.loggerDict["p.q"]).__name__, type(logging.Logger.manager.loggerDict["p"]).__name__)
p = logging.getLogger("p")
print(c.parent is p, p.parent is logging.root)
q = logging.getLogger("p.q")
print(c.parent is q, q.parent is p, [k for k in logging.Logger.manager.loggerDict if k.startswith("p")])
print(p.getChild("q") is q, logging.root.getChild("p") is p, logging.getLogger("root") is logging.root)
attempt(lambda: logging.getLogger(5))
attempt(lambda: logging.setLoggerClass(int))
attempt(lambda: logging.Handler().emit(None))
print(c.hasHandlers(), logging.getLogger("p.q.r").getEffectiveLevel())
p.setLevel("INFO")
print(c.getEffectiveLevel(), c.isEnabledFor(logging.DEBUG), repr(c), repr(logging.LoggerAdapter(c, {})))

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(name)s %(levelname)s %(funcName)s %(message)s"))
p.addHandler(out)
p.propagate = False
print(c.hasHandlers())
logging.disable(logging.WARNING)
c.warning("disabled")
c.error("passes disable")
logging.disable(logging.NOTSET)
c.warning("enabled again")


def inner(level):
    c.warning("stacklevel %d", level, stacklevel=level)


def outer(level):
    inner(level)


for level in (1, 2, 3):
    outer(level)


class Tagged(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["tag"], msg), kwargs


Tagged(c, {"tag": "t1"}).warning("adapter %s", "args stay")
adapter = logging.LoggerAdapter(c, {"who": "me"})
print(adapter.process("m", {"extra": {"y": 2}}), adapter.name, adapter.manager is logging.Logger.manager)

# stack_info and exc_info text: the message gets a newline unless it ends with one
show = logging.Formatter("%(message)s")
rec = c.makeRecord("x", logging.ERROR, "f", 1, "line\n", (), None, sinfo="Stack (most recent call last):\n  here")
print(repr(show.format(rec)))
try:
    {}["k"]
except KeyError:
    rec = c.makeRecord("x", logging.ERROR, "f", 1, "boom", (), sys.exc_info())
text = show.format(rec)
print(text.replace(HERE, "").splitlines()[0], text.splitlines()[-1], rec.exc_text == text.split("\n", 1)[1])
attempt(lambda: c.makeRecord("x", 10, "f", 1, "m", (), None, extra={"asctime": 1}))
attempt(lambda: c.makeRecord("x", 10, "f", 1, "m", (), None, extra={"lineno": 1}))

# a failing emit is reported on stderr and logging goes on
class Failing(logging.Handler):
    def emit(self, record):
        try:
            raise OSError("disk full")
        except OSError:
            self.handleError(record)


def log_through_failing():
    c.warning("lost %s", "record")


failing = Failing()
c.addHandler(failing)
saved = sys.stderr
sys.stderr = io.StringIO()
log_through_failing()
report = sys.stderr.getvalue()
sys.stderr = saved
c.removeHandler(failing)
# the call stack runs through logging's own frames here: show the report around it
print(report.replace(HERE, "").split("Call stack:")[0] + "Message:" + report.split("Message:")[1])


def log_bad_arguments():
    c.warning("bad %d", "x")


# a format error inside logging's StreamHandler: the call stack stops before logging's frames
# (the traceback itself goes through logging's source, so only the rest is shown)
sys.stderr = io.StringIO()
log_bad_arguments()
report = sys.stderr.getvalue()
sys.stderr = saved
print(report.splitlines()[0], "Call stack:" + report.replace(HERE, "").split("Call stack:")[1])

print(logging.BufferingFormatter().format([logging.makeLogRecord({"msg": "a"}), logging.makeLogRecord({"msg": "b"})]))
print(repr(logging.BufferingFormatter().format([])))

logging.captureWarnings(True)
plain = logging.StreamHandler(io.StringIO())
plain.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
logging.getLogger("py.warnings").addHandler(plain)
logging.getLogger("py.warnings").propagate = False
warnings.warn("captured", UserWarning)
logging.captureWarnings(False)
print(plain.stream.getvalue().replace(HERE, ""))

buf = io.StringIO()
print(out.setStream(buf) is sys.stdout, out.setStream(buf))
c.warning("into the buffer")
out.setStream(sys.stdout)
print(repr(buf.getvalue()))

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "late.log")
    fh = logging.FileHandler(path, delay=True)
    print(fh.stream, os.path.exists(path), repr(fh).startswith("<FileHandler "), repr(fh).endswith(" (NOTSET)>"))
    c.addHandler(fh)
    c.warning("written late")
    fh.close()
    c.removeHandler(fh)
    with open(path) as f:
        print(f.read().splitlines())
print(repr(logging.StreamHandler(io.StringIO())), repr(logging.lastResort), logging.StreamHandler().terminator == "\n")
h = logging.Handler()
h.set_name("named")
print(h.name, h.get_name(), logging._handlers["named"] is h)
h.close()
print("named" in logging._handlers)
