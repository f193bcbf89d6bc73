# logging from several threads: every record whole, threadName per record
import logging
import sys
import threading

log = logging.getLogger("threads")
log.propagate = False
lines = []


class Collect(logging.Handler):
    def emit(self, record):
        lines.append(self.format(record))


h = Collect()
h.setFormatter(logging.Formatter("%(threadName)s %(message)s"))
log.addHandler(h)
log.setLevel(logging.INFO)


def worker(n):
    for i in range(50):
        log.info("item %d-%d", n, i)


threads = [threading.Thread(target=worker, args=(n,), name="w%d" % n) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(lines), sorted(lines)[:3], sorted(set(line.split()[0] for line in lines)))
print(all(line == "w%s item %s-%s" % (line[1], line[1], line.split("-")[1]) for line in lines))
log.info("from main")
print(lines[-1])
