# logging: exception() with the traceback, exc_info, stack_info=False, the last-resort handler
# (sys.stderr at the time of the record, here pointed at stdout) and basicConfig's argument errors
import logging
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


class Show(logging.Handler):
    """Prints records with the script's directory cut from traceback paths."""

    def emit(self, record):
        print(self.format(record).replace(HERE, ""))


log = logging.getLogger("worker")
handler = Show()
handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
log.addHandler(handler)
log.propagate = False


def parse(text):
    if not text.isdigit():
        raise ValueError("not a number: %r" % text)
    return int(text)


def run(items):
    for item in items:
        try:
            parse(item)
        except ValueError:
            log.exception("could not parse %s", item)


run(["1", "x"])
try:
    raise KeyError("k")
except KeyError as e:
    log.error("with exc_info instance", exc_info=e)
    log.warning("with exc_info True", exc_info=True)
log.error("exc_info outside a handler", exc_info=True)
try:
    try:
        raise OSError("inner")
    except OSError as inner:
        raise RuntimeError("outer") from inner
except RuntimeError:
    log.exception("chained")

# the last resort: no handlers anywhere, WARNING and above to sys.stderr as it is at that moment
saved = sys.stderr
sys.stderr = sys.stdout
lonely = logging.getLogger("lonely")
lonely.info("dropped")
lonely.warning("last resort %d", 1)
lonely.error("last resort error")
sys.stderr = saved

try:
    logging.basicConfig(stream=sys.stdout, filename="x.log")
except ValueError as e:
    print(e)
try:
    logging.basicConfig(stream=sys.stdout, bogus=1)
except ValueError as e:
    print(e)
logging.root.handlers.clear()
