# logging: the forms exc_info takes, LoggerAdapter.process, usesTime of the three styles, record paths
import logging
import sys

log = logging.getLogger("excinfo")
log.propagate = False
handler = logging.StreamHandler(sys.stdout)


class ShortExc(logging.Formatter):
    # the exception's type and value only: traceback text is checked by other scripts
    def formatException(self, ei):
        return "exc: %s %r %s" % (ei[0].__name__, ei[1], ei[2] is not None)


handler.setFormatter(ShortExc("%(levelname)s %(message)s"))
log.addHandler(handler)

try:
    {}["missing"]
except KeyError as err:
    caught = err
    log.error("with True", exc_info=True)
    log.error("with a triple", exc_info=sys.exc_info())
log.error("with the exception", exc_info=caught)
log.error("with False", exc_info=False)
log.error("with 0", exc_info=0)
try:
    1 / 0
except ZeroDivisionError:
    log.exception("from exception()")


class Tagged(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["tag"], msg), kwargs


adapter = Tagged(log, {"tag": "t1"})
adapter.warning("adapted %d", 7)
adapter.log(logging.DEBUG, "dropped")
print(adapter.isEnabledFor(logging.WARNING), adapter.getEffectiveLevel(), adapter.hasHandlers())

for fmt, style in [("%(asctime)s %(message)s", "%"), ("{asctime} {message}", "{"),
                   ("$asctime $message", "$"), ("${asctime} x", "$"), ("%(message)s", "%")]:
    print(style, logging.Formatter(fmt, style=style).usesTime())
record = logging.makeLogRecord({"msg": "m"})
print(record.filename, record.module, record.getMessage())
record = logging.LogRecord("n", logging.INFO, "/a/b/script.py", 3, "x %s", ("y",), None)
print(record.filename, record.module, record.getMessage(), record.levelname)
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(26))
