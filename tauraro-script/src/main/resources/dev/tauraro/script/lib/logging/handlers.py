"""logging.handlers: the file-rotating, watched-file, buffering and queue handlers, written from
the logging.handlers documentation and CPython 3.11's observed behaviour.

Absent: the network handlers (SocketHandler, DatagramHandler, SysLogHandler, SMTPHandler,
HTTPHandler) and NTEventLogHandler: this interpreter has no socket module. WatchedFileHandler
identifies the open file by stat()ing its path right after opening it (there is no os.fstat here).
"""

import os
import re
import threading
import time

import logging

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_MIDNIGHT = 24 * 60 * 60  # seconds in a day


class BaseRotatingHandler(logging.FileHandler):
    """A FileHandler that asks shouldRollover() before each record and calls doRollover() if so.

    namer (a callable taking the default rotated name) and rotator (a callable taking the source
    and destination names) let an application change how rotated files are named and moved.
    """

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay, errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        return default_name if not callable(self.namer) else self.namer(default_name)

    def rotate(self, source, dest):
        if not callable(self.rotator):
            # the source may be missing: a delayed handler that never wrote
            if os.path.exists(source):
                os.rename(source, dest)
        else:
            self.rotator(source, dest)

    def _close_stream(self):
        if self.stream:
            self.stream.close()
            self.stream = None


class RotatingFileHandler(BaseRotatingHandler):
    """Rolls over when the next record would make the file reach maxBytes, keeping backupCount
    old files named file.1 (the newest) to file.N. maxBytes == 0 never rolls over."""

    def __init__(self, filename, mode="a", maxBytes=0, backupCount=0, encoding=None, delay=False, errors=None):
        if maxBytes > 0:
            mode = "a"  # 'w' would empty the file that the size counts on
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding, delay=delay, errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        self._close_stream()
        if self.backupCount > 0:
            # shift file.i to file.i+1 from the oldest down, so nothing is overwritten but the last
            for i in range(self.backupCount - 1, 0, -1):
                older = self.rotation_filename("%s.%d" % (self.baseFilename, i))
                newer = self.rotation_filename("%s.%d" % (self.baseFilename, i + 1))
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = self.rotation_filename(self.baseFilename + ".1")
            if os.path.exists(first):
                os.remove(first)
            self.rotate(self.baseFilename, first)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        # a special file (a device, a pipe) is never rotated
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes > 0:
            line = "%s\n" % self.format(record)
            self.stream.seek(0, 2)  # the end: another process may have written
            if self.stream.tell() + len(line) >= self.maxBytes:
                return True
        return False


# when -> (seconds per unit, strftime suffix of rotated files, pattern matching that suffix)
_DAY = (_MIDNIGHT, "%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$")
_WHEN = {
    "S": (1, "%Y-%m-%d_%H-%M-%S", r"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}(\.\w+)?$"),
    "M": (60, "%Y-%m-%d_%H-%M", r"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}(\.\w+)?$"),
    "H": (60 * 60, "%Y-%m-%d_%H", r"^\d{4}-\d{2}-\d{2}_\d{2}(\.\w+)?$"),
    "D": _DAY,
    "MIDNIGHT": _DAY,
}


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Rolls over every interval units of `when` ('S', 'M', 'H', 'D', 'midnight', 'W0'-'W6' for a
    weekday, Monday being 0), naming the old file after the start of its period
    (file.2026-12-06_11 for 'H') and keeping backupCount of them.

    'midnight' and the weekdays roll over at midnight (or atTime, a datetime.time) in local time,
    or UTC with utc=True; the others count from the file's last modification (or now)."""

    def __init__(self, filename, when="h", interval=1, backupCount=0, encoding=None, delay=False, utc=False,
                 atTime=None, errors=None):
        BaseRotatingHandler.__init__(self, filename, "a", encoding=encoding, delay=delay, errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        if self.when.startswith("W"):
            if len(self.when) != 2:
                raise ValueError("You must specify a day for weekly rollover from 0 to 6 (0 is Monday): %s"
                                 % self.when)
            if not "0" <= self.when[1] <= "6":
                raise ValueError("Invalid day specified for weekly rollover: %s" % self.when)
            self.dayOfWeek = int(self.when[1])
            unit, self.suffix, pattern = _MIDNIGHT * 7, _DAY[1], _DAY[2]
        elif self.when in _WHEN:
            unit, self.suffix, pattern = _WHEN[self.when]
        else:
            raise ValueError("Invalid rollover interval specified: %s" % self.when)
        self.extMatch = re.compile(pattern, re.ASCII)
        self.interval = unit * interval
        filename = self.baseFilename
        start = os.stat(filename).st_mtime if os.path.exists(filename) else time.time()
        self.rolloverAt = self.computeRollover(int(start))

    def _at_midnight(self):
        return self.when == "MIDNIGHT" or self.when.startswith("W")

    def _fields(self, t):
        return time.gmtime(t) if self.utc else time.localtime(t)

    def _dst_shift(self, now, then):
        """The seconds to add to `then` so that a local wall-clock time survives a DST change since `now`."""
        if self.utc:
            return 0
        dst_now = time.localtime(now)[-1]
        dst_then = time.localtime(then)[-1]
        if dst_now == dst_then:
            return 0
        return 3600 if dst_now else -3600

    def computeRollover(self, currentTime):
        """The time of the first rollover after currentTime."""
        if not self._at_midnight():
            return currentTime + self.interval
        fields = self._fields(currentTime)
        hour, minute, second, weekday = fields[3], fields[4], fields[5], fields[6]
        if self.atTime is None:
            target = _MIDNIGHT
        else:
            target = (self.atTime.hour * 60 + self.atTime.minute) * 60 + self.atTime.second
        wait = target - ((hour * 60 + minute) * 60 + second)
        if wait < 0:
            # today's rotation time has passed: tomorrow's
            wait += _MIDNIGHT
            weekday = (weekday + 1) % 7
        result = currentTime + wait
        if self.when.startswith("W") and weekday != self.dayOfWeek:
            days = (self.dayOfWeek - weekday) % 7
            later = result + days * _MIDNIGHT
            result = later + self._dst_shift(currentTime, later)
        return result

    def shouldRollover(self, record):
        now = int(time.time())
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            # a special file is never rotated; look again an interval later
            self.rolloverAt = self.computeRollover(now)
            return False
        return now >= self.rolloverAt

    def getFilesToDelete(self):
        """The rotated files beyond the newest backupCount, oldest first."""
        folder, base = os.path.split(self.baseFilename)
        found = []
        if self.namer is None:
            prefix = base + "."
            for name in os.listdir(folder):
                if name.startswith(prefix) and self.extMatch.match(name[len(prefix):]):
                    found.append(os.path.join(folder, name))
        else:
            # a namer may put the date anywhere after the stem (foo.DATE.log, foo.log.DATE.gz):
            # a file of ours starts with the stem and a dot and has a dot-separated part that is a date
            prefix = os.path.splitext(base)[0] + "."
            for name in os.listdir(folder):
                if name.startswith(prefix) and any(self.extMatch.match(part)
                                                   for part in name[len(prefix):].split(".")):
                    found.append(os.path.join(folder, name))
        if len(found) < self.backupCount:
            return []
        found.sort()
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        self._close_stream()
        now = int(time.time())
        start = self.rolloverAt - self.interval  # the start of the period the file holds
        fields = self._fields(start + self._dst_shift(now, start))
        rotated = self.rotation_filename(self.baseFilename + "." + time.strftime(self.suffix, fields))
        if os.path.exists(rotated):
            os.remove(rotated)
        self.rotate(self.baseFilename, rotated)
        if self.backupCount > 0:
            for old in self.getFilesToDelete():
                os.remove(old)
        if not self.delay:
            self.stream = self._open()
        following = self.computeRollover(now)
        while following <= now:
            following += self.interval
        if self._at_midnight():
            following += self._dst_shift(now, following)
        self.rolloverAt = following


class WatchedFileHandler(logging.FileHandler):
    """A FileHandler that reopens its file when the path no longer names the file it has open
    (moved or deleted by a log rotation tool such as logrotate), checked before each record."""

    def __init__(self, filename, mode="a", encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay, errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        if self.stream:
            info = os.stat(self.baseFilename)
            self.dev, self.ino = info.st_dev, info.st_ino

    def reopenIfNeeded(self):
        try:
            info = os.stat(self.baseFilename)
        except FileNotFoundError:
            info = None
        if info is None or info.st_dev != self.dev or info.st_ino != self.ino:
            if self.stream is not None:
                self.stream.flush()
                self.stream.close()
                self.stream = None
                self.stream = self._open()
                self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


class BufferingHandler(logging.Handler):
    """Keeps records in self.buffer; flush() (here: emptying the buffer) runs when shouldFlush says."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        self.acquire()
        try:
            self.buffer.clear()
        finally:
            self.release()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them all to target when the buffer is full or a record of
    flushLevel or above arrives (and, with flushOnClose, when closed)."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        self.acquire()
        try:
            self.target = target
        finally:
            self.release()

    def flush(self):
        # without a target the records stay buffered
        self.acquire()
        try:
            if self.target:
                for record in self.buffer:
                    self.target.handle(record)
                self.buffer.clear()
        finally:
            self.release()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            self.acquire()
            try:
                self.target = None
                BufferingHandler.close(self)
            finally:
                self.release()


class QueueHandler(logging.Handler):
    """Puts each record, formatted and made picklable by prepare(), on a queue (put_nowait)."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        """A copy of record whose msg and message are the formatted text (exception and stack
        included) and whose args, exc_info, exc_text and stack_info are gone: what the listener's
        handlers need, and nothing that might not pickle."""
        import copy
        text = self.format(record)
        record = copy.copy(record)
        record.message = record.msg = text
        record.args = record.exc_info = record.exc_text = record.stack_info = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener:
    """Takes records off a queue in a daemon thread and hands each to its handlers (those whose
    level passes it, with respect_handler_level). stop() waits for the queue to be drained."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        self._thread = thread = threading.Thread(target=self._monitor)
        thread.daemon = True
        thread.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        import queue as queue_module
        q = self.queue
        task_done = getattr(q, "task_done", None)
        while True:
            try:
                record = self.dequeue(True)
            except queue_module.Empty:
                break
            if record is self._sentinel:
                if task_done:
                    task_done()
                break
            self.handle(record)
            if task_done:
                task_done()

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        self.enqueue_sentinel()
        self._thread.join()
        self._thread = None
