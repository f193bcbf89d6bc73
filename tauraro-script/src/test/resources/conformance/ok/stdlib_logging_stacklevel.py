# stacklevel counts the frames outside logging from the logging call outwards; one beyond the
# outermost frame names the outermost frame; LoggerAdapter and Logger.log count the same way
import logging
import sys

logging.basicConfig(format="%(funcName)s:%(lineno)d %(message)s", stream=sys.stdout)
log = logging.getLogger("stack")


def inner(level):
    log.warning("stacklevel %d", level, stacklevel=level)
    log.log(logging.ERROR, "log() at %d", level, stacklevel=level)
    logging.LoggerAdapter(log, {}).warning("adapter at %d", level, stacklevel=level)


def middle(level):
    inner(level)


def outer(level):
    middle(level)


for level in (1, 2, 3, 4, 5, 50):
    outer(level)


def recurse(n):
    if n:
        return recurse(n - 1)
    log.warning("deep")


recurse(30)
