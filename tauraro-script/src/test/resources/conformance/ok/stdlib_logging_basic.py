# logging: levels, basicConfig, the logger hierarchy and propagation, handlers, formatters, filters
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO)
logging.debug("hidden")
logging.info("root info %s", "arg")
logging.warning("root %(a)s and %(b)s", {"a": 1, "b": 2})
logging.basicConfig(stream=sys.stderr, level=logging.DEBUG)   # no effect: root has a handler
logging.debug("still hidden")

app = logging.getLogger("app")
db = logging.getLogger("app.db")
print(db.parent is app, app.parent is logging.root, logging.getLogger("app.db") is db, logging.getLogger() is logging.root)
mid = logging.getLogger("x.y.z")
top = logging.getLogger("x")
print(mid.parent is top, repr(mid), repr(top), repr(logging.root))
between = logging.getLogger("x.y")
print(mid.parent is between, between.parent is top)

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s: %(message)s (%(funcName)s:%(lineno)d in %(module)s)"))
app.addHandler(handler)
app.setLevel(logging.DEBUG)


def query():
    db.debug("select %d rows", 3)
    db.info("done")


query()
app.propagate = False
db.warning("not propagated to root")
app.propagate = True
handler.setLevel(logging.ERROR)
db.warning("only root")
db.error("both")
print(app.getEffectiveLevel(), db.getEffectiveLevel(), db.isEnabledFor(logging.DEBUG), logging.root.getEffectiveLevel())
print(logging.getLevelName(logging.WARNING), logging.getLevelName("ERROR"), logging.getLevelName(15))
logging.addLevelName(15, "VERBOSE")
app.log(15, "custom level %s", "named")
print(logging.getLevelName(15), logging.getLevelName("VERBOSE"))


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0


even = logging.getLogger("even")
even.propagate = False
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("{levelname}:{message}", style="{"))
h2.addFilter(OnlyEven())
even.addHandler(h2)
for i in range(4):
    even.warning("n=%d", i)
even.removeHandler(h2)
h3 = logging.StreamHandler(sys.stdout)
h3.setFormatter(logging.Formatter("$levelname ${name}: $message", style="$"))
h3.addFilter(lambda record: "keep" in record.getMessage())
even.addHandler(h3)
even.warning("keep this")
even.warning("drop this")

named = logging.getLogger("named")
named.propagate = False
nh = logging.StreamHandler(sys.stdout)
nh.addFilter(logging.Filter("named.child"))
named.addHandler(nh)
named.warning("parent record filtered out")
logging.getLogger("named.child").warning("child record passes")
logging.getLogger("named.children").warning("sibling name filtered out")

adapter = logging.LoggerAdapter(logging.getLogger("adapt"), {"user": "ann"})
ah = logging.StreamHandler(sys.stdout)
ah.setFormatter(logging.Formatter("%(user)s %(message)s"))
adapter.logger.addHandler(ah)
adapter.logger.propagate = False
adapter.warning("via adapter")
logging.getLogger("adapt").warning("with extra", extra={"user": "bob"})
try:
    logging.getLogger("adapt").warning("bad extra", extra={"message": "x"})
except KeyError as e:
    print("KeyError", e)

fmt = logging.Formatter("%(asctime)s %(msecs)03d %(message)s")
import time
fmt.converter = time.gmtime
record = logging.makeLogRecord({"msg": "at %s", "args": ("epoch",), "created": 86400.25, "msecs": 250.0})
print(fmt.format(record))
print(logging.Formatter("%(asctime)s|%(message)s", datefmt="%Y/%m/%d").formatTime(record, "%Y") != "")
print(repr(handler), repr(logging.NullHandler()), repr(app))
for bad in [lambda: logging.Formatter("no fields"), lambda: logging.Formatter("%(x)s", style="?"),
            lambda: app.setLevel("LOUD"), lambda: app.log("INFO", "x")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
