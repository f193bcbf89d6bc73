# logging.handlers.TimedRotatingFileHandler without waiting: the computed rollover times for fixed
# instants (UTC), a rollover forced by setting rolloverAt, the deletion of old files, bad `when`s
import datetime
import logging
import logging.handlers
import os
import tempfile
import time

tmp = tempfile.TemporaryDirectory()
folder = tmp.name
path = os.path.join(folder, "t.log")
T = 1700000000  # 2023-11-14 22:13:20 UTC, a Tuesday


def utc(t):
    return time.strftime("%Y-%m-%d %H:%M:%S %a", time.gmtime(t))


for when, interval in (("S", 1), ("s", 10), ("M", 1), ("m", 5), ("H", 1), ("h", 3), ("D", 1), ("d", 2),
                       ("midnight", 1), ("MIDNIGHT", 3), ("W0", 1), ("W1", 1), ("W2", 1), ("W6", 2)):
    h = logging.handlers.TimedRotatingFileHandler(path, when=when, interval=interval, utc=True, delay=True)
    print(when, interval, h.when, h.interval, h.suffix, h.extMatch.pattern, utc(h.computeRollover(T)),
          getattr(h, "dayOfWeek", "-"))
    h.close()

for at in (datetime.time(0, 0, 0), datetime.time(3, 30), datetime.time(22, 13, 20), datetime.time(23, 0, 1)):
    for when in ("midnight", "W1", "W3"):
        h = logging.handlers.TimedRotatingFileHandler(path, when=when, utc=True, atTime=at, delay=True)
        print(at, when, utc(h.computeRollover(T)))
        h.close()

for bad in ("x", "W", "W7", "W12", "Wx", "", "midnite"):
    try:
        logging.handlers.TimedRotatingFileHandler(path, when=bad, delay=True)
    except ValueError as e:
        print("ValueError:", e)

# the first rollover counts from the file's modification time when the file exists
with open(path, "w") as f:
    f.write("old\n")
h = logging.handlers.TimedRotatingFileHandler(path, when="H", utc=True)
print(h.rolloverAt - int(os.stat(path).st_mtime))
h.close()

# a forced rollover: the old file is named after the start of its period
log = logging.getLogger("timed")
log.propagate = False
h = logging.handlers.TimedRotatingFileHandler(path, when="M", interval=2, backupCount=3, utc=True)
h.setFormatter(logging.Formatter("%(message)s"))
log.addHandler(h)
log.warning("before")
print(h.shouldRollover(None))
for k in range(5):
    h.rolloverAt = T + 120 * (k + 1)  # in the past: the next record rolls over
    print(h.shouldRollover(None), end=" ")
    log.warning("after %d", k)
    print(h.rolloverAt > time.time(), h.rolloverAt - time.time() <= 120, sorted(os.listdir(folder)))
with open(path) as f:
    print(repr(f.read()))
with open(os.path.join(folder, "t.log.2023-11-14_22-19")) as f:
    print(repr(f.read()))

# getFilesToDelete: only names matching the suffix pattern count, the oldest go first
for name in ("t.log.2023-11-14_21-00", "t.log.2023-11-14_21-00.gz", "t.log.junk", "t.log.2023-11-14_2", "other.log"):
    open(os.path.join(folder, name), "w").close()
print([os.path.basename(p) for p in h.getFilesToDelete()])
h.backupCount = 100
print(h.getFilesToDelete())
log.removeHandler(h)
h.close()

# with a namer, a date part anywhere after the stem counts
n = logging.handlers.TimedRotatingFileHandler(os.path.join(folder, "z.log"), when="D", backupCount=1, utc=True)
n.namer = lambda name: name.replace("z.log.", "z.") + ".log"
for name in ("z.2023-11-10.log", "z.2023-11-11.log", "z.2023-11-12.log", "z.notes.log"):
    open(os.path.join(folder, name), "w").close()
print([os.path.basename(p) for p in n.getFilesToDelete()])
n.rolloverAt = T + 86400
n.doRollover()
print(sorted(x for x in os.listdir(folder) if x.startswith("z")))
n.close()
tmp.cleanup()
