# logging.handlers: RotatingFileHandler sizes and backups, namer/rotator, WatchedFileHandler
import logging
import logging.handlers
import os
import tempfile

tmp = tempfile.TemporaryDirectory()
folder = tmp.name


def listing():
    return sorted(os.listdir(folder))


def read(name):
    with open(os.path.join(folder, name)) as f:
        return f.read()


log = logging.getLogger("rot")
log.propagate = False
log.setLevel(logging.DEBUG)

path = os.path.join(folder, "app.log")
h = logging.handlers.RotatingFileHandler(path, maxBytes=20, backupCount=2)
h.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
log.addHandler(h)
print(repr(h).replace(folder, "DIR"), h.mode, h.maxBytes, h.backupCount)
for i in range(7):
    log.info("record %d", i)
    print(i, listing())
for name in listing():
    print(name, repr(read(name)))
log.removeHandler(h)
h.close()

# maxBytes=0 never rolls over; mode 'w' is kept then, and forced to 'a' when maxBytes > 0
print(logging.handlers.RotatingFileHandler(os.path.join(folder, "w.log"), mode="w", delay=True).mode,
      logging.handlers.RotatingFileHandler(os.path.join(folder, "w.log"), mode="w", maxBytes=5, delay=True).mode)
big = logging.handlers.RotatingFileHandler(os.path.join(folder, "big.log"))
log.addHandler(big)
for i in range(50):
    log.info("x" * 40)
log.removeHandler(big)
big.close()
print(listing(), os.path.getsize(os.path.join(folder, "big.log")))

# backupCount=0: the file is reopened (emptied) with no backup kept
zero = logging.handlers.RotatingFileHandler(os.path.join(folder, "zero.log"), maxBytes=10)
log.addHandler(zero)
log.info("first message")
log.info("second message")
log.removeHandler(zero)
zero.close()
print([n for n in listing() if n.startswith("zero")], repr(read("zero.log")))

# a namer and a rotator choose the rotated files' names and how they are made
moves = []


def rotator(source, dest):
    moves.append((os.path.basename(source), os.path.basename(dest)))
    os.rename(source, dest)


named = logging.handlers.RotatingFileHandler(os.path.join(folder, "n.log"), maxBytes=12, backupCount=3, delay=True)
named.namer = lambda name: name.replace("n.log.", "n-") + ".old"
named.rotator = rotator
print(named.stream, named.rotation_filename("x.log"), [n for n in listing() if n.startswith("n")])
log.addHandler(named)
for word in ("alpha", "beta", "gamma", "delta", "epsilon"):
    log.warning(word)
log.removeHandler(named)
named.close()
print(moves)
print([n for n in listing() if n.startswith("n")])

# doRollover and shouldRollover called directly
direct = logging.handlers.RotatingFileHandler(os.path.join(folder, "d.log"), maxBytes=100, backupCount=1)
record = logging.makeLogRecord({"msg": "m" * 200})
print(direct.shouldRollover(record), direct.shouldRollover(logging.makeLogRecord({"msg": "m"})))
direct.doRollover()
direct.doRollover()
print([n for n in listing() if n.startswith("d.")])
direct.close()

# a special file is never rotated
dev = logging.handlers.RotatingFileHandler("/dev/null", maxBytes=1, delay=True)
print(dev.shouldRollover(record))
dev.close()

# WatchedFileHandler reopens its file once the path names another file (or none)
wpath = os.path.join(folder, "watched.log")
w = logging.handlers.WatchedFileHandler(wpath)
log.addHandler(w)
log.info("one")
os.rename(wpath, wpath + ".moved")
log.info("two")
os.remove(wpath)
log.info("three")
log.removeHandler(w)
w.close()
print(repr(read("watched.log.moved")), repr(read("watched.log")), w.dev != -1, w.ino != -1)
delayed = logging.handlers.WatchedFileHandler(os.path.join(folder, "late.log"), delay=True)
print(delayed.stream, delayed.dev, delayed.ino)
delayed.close()
tmp.cleanup()
