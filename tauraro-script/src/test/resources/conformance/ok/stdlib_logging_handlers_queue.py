# logging.handlers: QueueHandler/QueueListener across a thread, BufferingHandler, MemoryHandler
import logging
import logging.handlers
import queue
import threading
from logging.handlers import BufferingHandler, MemoryHandler, QueueHandler, QueueListener


class ListHandler(logging.Handler):
    def __init__(self, level=logging.NOTSET):
        super().__init__(level)
        self.seen = []

    def emit(self, record):
        self.seen.append((record.levelname, self.format(record), threading.current_thread() is threading.main_thread()))


log = logging.getLogger("q")
log.propagate = False
log.setLevel(logging.DEBUG)

q = queue.Queue()
qh = QueueHandler(q)
qh.setFormatter(logging.Formatter("[%(name)s] %(message)s"))
print(repr(qh), qh.queue is q)
log.addHandler(qh)

low, high = ListHandler(), ListHandler(logging.WARNING)
listener = QueueListener(q, low, high)
print(listener.handlers == (low, high), listener.respect_handler_level, listener._thread)
listener.start()
log.debug("debug %d", 1)
log.warning("warn %s", "two")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
listener.stop()
print(listener._thread, q.qsize(), q.unfinished_tasks)
for levelname, text, in_main in low.seen:
    print(levelname, in_main, text.splitlines()[0], "|", text.splitlines()[-1])
print(len(high.seen))

# respect_handler_level: a handler only sees records at or above its level
low2, high2 = ListHandler(), ListHandler(logging.WARNING)
listener = QueueListener(q, low2, high2, respect_handler_level=True)
listener.start()
for level in (logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR):
    log.log(level, "level %d", level)
listener.stop()
print([t for _, t, _ in low2.seen], [t for _, t, _ in high2.seen])
log.removeHandler(qh)

# prepare: a formatted copy without arguments, exception or stack
record = logging.makeLogRecord({"msg": "a %s", "args": ("x",), "exc_text": "EXC", "stack_info": "STACK"})
prepared = QueueHandler(q).prepare(record)
print(prepared is record, repr(prepared.msg), prepared.args, prepared.exc_info, prepared.exc_text,
      prepared.stack_info, repr(prepared.message), record.args)

# a queue without task_done, and a custom enqueue
class Box:
    def __init__(self):
        self.items = []

    def put_nowait(self, item):
        self.items.append(item)


box = Box()
bh = QueueHandler(box)
log.addHandler(bh)
log.info("into the box")
log.removeHandler(bh)
print([r.getMessage() for r in box.items])
sq = queue.SimpleQueue()
sh = QueueHandler(sq)
sink = ListHandler()
listener = QueueListener(sq, sink)
listener.start()
log.addHandler(sh)
log.info("simple %s", "queue")
listener.stop()
log.removeHandler(sh)
print([t for _, t, _ in sink.seen])

# a full queue: emit reports the error through handleError
raised = []
full = QueueHandler(queue.Queue(maxsize=1))
full.handleError = lambda record: raised.append(record.getMessage())
log.addHandler(full)
log.info("fits")
log.info("overflows")
log.removeHandler(full)
print(raised)

# stop() before start()
try:
    QueueListener(q).stop()
except AttributeError as e:
    print("AttributeError:", e)

# BufferingHandler empties its buffer when full
bu = BufferingHandler(3)
print(repr(bu), bu.capacity, bu.buffer)
log.addHandler(bu)
for i in range(4):
    log.info("b%d", i)
    print(i, [r.getMessage() for r in bu.buffer])
log.removeHandler(bu)
bu.close()
print(bu.buffer)

# MemoryHandler: flushes to its target when full, on a record of flushLevel, and on close
target = ListHandler()
mh = MemoryHandler(3, flushLevel=logging.ERROR, target=target)
print(repr(mh), mh.flushLevel, mh.flushOnClose, mh.target is target)
log.addHandler(mh)
log.info("m1")
log.info("m2")
print(len(mh.buffer), target.seen)
log.error("m3 error")
print(len(mh.buffer), [t for _, t, _ in target.seen])
for i in range(4, 8):
    log.info("m%d", i)
print([r.getMessage() for r in mh.buffer], len(target.seen))
mh.close()
print(mh.buffer, mh.target, len(target.seen))
log.removeHandler(mh)

# without a target the records stay; flushOnClose=False drops them at close
keep = MemoryHandler(2)
log.addHandler(keep)
log.info("k1")
log.info("k2")
log.info("k3")
print([r.getMessage() for r in keep.buffer])
later = ListHandler()
keep.setTarget(later)
keep.flush()
print(keep.buffer, [t for _, t, _ in later.seen])
log.removeHandler(keep)
quiet = MemoryHandler(10, target=later, flushOnClose=False)
log.addHandler(quiet)
log.info("dropped")
log.removeHandler(quiet)
quiet.close()
print(len(later.seen), quiet.target)
print(sorted(n for n in vars(logging.handlers) if n.startswith("DEFAULT_")), logging.handlers.DEFAULT_TCP_LOGGING_PORT)
