"""logging: Python 3.11's logging package, written for Tauraro from the library documentation and
the output CPython 3.11 was observed to print.

The pieces, in the order below: level names; LogRecord (one logged event); the three format styles
and Formatter; Filter/Filterer; Handler and the stream, file, null and last-resort handlers;
Logger, its registry (Manager, with PlaceHolder standing in for dotted names not yet created) and
LoggerAdapter; then basicConfig and the module-level shortcuts.

Thread safety: one module RLock guards the logger registry, level names and handler registry;
each Handler has its own RLock held around emit(), so a record is always written whole.
The caller's file, line and function come from sys._getframe(), the interpreter's live frames.
"""

import io
import os
import re
import sys
import threading
import time
import traceback
from string import Template

__all__ = sorted([
    "BASIC_FORMAT", "BufferingFormatter", "CRITICAL", "DEBUG", "ERROR", "FATAL", "FileHandler",
    "Filter", "Formatter", "Handler", "INFO", "LogRecord", "Logger", "LoggerAdapter", "NOTSET",
    "NullHandler", "StreamHandler", "WARN", "WARNING", "addLevelName", "basicConfig",
    "captureWarnings", "critical", "debug", "disable", "error", "exception", "fatal",
    "getLevelName", "getLoggerClass", "getLogger", "info", "log", "makeLogRecord",
    "setLoggerClass", "shutdown", "warn", "warning", "getLogRecordFactory",
    "setLogRecordFactory", "lastResort", "raiseExceptions", "getLevelNamesMapping"])

# module switches documented as settable by applications
raiseExceptions = True
logThreads = True
logProcesses = True
logMultiprocessing = True

_startTime = time.time()
_lock = threading.RLock()

# ---------------------------------------------------------------- levels

CRITICAL = 50
ERROR = 40
WARNING = 30
INFO = 20
DEBUG = 10
NOTSET = 0
FATAL = CRITICAL
WARN = WARNING

# number -> name and name -> number; the aliases FATAL and WARN only map name to number
_levelToName = {}
_nameToLevel = {}
for _number, _names in ((CRITICAL, ("CRITICAL", "FATAL")), (ERROR, ("ERROR",)),
                        (WARNING, ("WARNING", "WARN")), (INFO, ("INFO",)), (DEBUG, ("DEBUG",)),
                        (NOTSET, ("NOTSET",))):
    _levelToName[_number] = _names[0]
    for _alias in _names:
        _nameToLevel[_alias] = _number
del _number, _names, _alias


def getLevelNamesMapping():
    """A copy of the mapping from level names (aliases included) to level numbers."""
    return dict(_nameToLevel)


def getLevelName(level):
    """The name registered for a level number, the number for a registered name, or 'Level %s'."""
    for table in (_levelToName, _nameToLevel):
        found = table.get(level)
        if found is not None:
            return found
    return "Level %s" % level


def addLevelName(level, levelName):
    """Register levelName as the name of the level number level (both ways)."""
    with _lock:
        _levelToName.update({level: levelName})
        _nameToLevel.update({levelName: level})


def _checkLevel(level):
    """The level number for an int or a registered level name; errors as CPython's."""
    if isinstance(level, int):
        return level
    if not isinstance(level, str):
        raise TypeError("Level not an integer or a valid string: %r" % (level,))
    if level not in _nameToLevel:
        raise ValueError("Unknown level: %r" % level)
    return _nameToLevel[level]


# ---------------------------------------------------------------- records

def _current_process_name():
    # multiprocessing is asked only once a script has imported it, as the documentation describes
    if not logMultiprocessing:
        return None
    name = "MainProcess"
    mp = sys.modules.get("multiprocessing")
    if mp is not None:
        try:
            name = mp.current_process().name
        except Exception:
            pass
    return name


def _single_mapping_argument(args):
    """A lone non-empty mapping argument is used for %(key)s formatting: return it, else None."""
    if isinstance(args, tuple) and len(args) == 1:
        only = args[0]
        if hasattr(only, "keys") and hasattr(only, "__getitem__") and not isinstance(only, (str, bytes)) \
                and only:
            try:
                from collections.abc import Mapping
                if isinstance(only, Mapping):
                    return only
            except ImportError:
                return only
    return None


class LogRecord:
    """One logged event: the message and its arguments plus where, when and by whom it was logged."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None,
                 **kwargs):
        when = time.time()
        mapping = _single_mapping_argument(args)
        # attributes in the order CPython's records list them in __dict__
        self.name = name
        self.msg = msg
        self.args = mapping if mapping is not None else args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        self.filename, self.module = self._split_path(pathname)
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = when
        self.msecs = float(int((when % 1) * 1000))
        self.relativeCreated = (when - _startTime) * 1000
        if logThreads:
            self.thread = threading.get_ident()
            self.threadName = threading.current_thread().name
        else:
            self.thread = self.threadName = None
        self.processName = _current_process_name()
        self.process = os.getpid() if logProcesses and hasattr(os, "getpid") else None

    @staticmethod
    def _split_path(pathname):
        try:
            base = os.path.basename(pathname)
        except Exception:
            # a pathname that is not a path (None, a number) names no module
            return pathname, "Unknown module"
        return base, os.path.splitext(base)[0]

    def getMessage(self):
        """The message with its arguments merged in by %-formatting (str(msg) if none)."""
        text = str(self.msg)
        return text % self.args if self.args else text

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname,
                                                      self.lineno, self.msg)


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    """Use factory (called as LogRecord is) to create every record from now on."""
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    """The callable that creates records."""
    return _logRecordFactory


def makeLogRecord(dict):
    """A record whose attributes are set from dict (for records sent over a wire, and tests)."""
    record = _logRecordFactory(None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# ---------------------------------------------------------------- format styles

def _style_error(detail):
    return ValueError("invalid format: %s" % detail)


class PercentStyle:
    """Format strings such as '%(levelname)s:%(message)s'."""

    default_format = "%(message)s"
    asctime_format = "%(asctime)s"
    asctime_search = "%(asctime)"
    # one %(key)<flags><width><.precision><conversion> directive
    _directive = re.compile(r"%\(\w+\)[#0+ -]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[diouxXeEfFgGcrsa%]", re.I)

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        if self._directive.search(self._fmt) is None:
            raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, self.default_format[0]))

    def _values(self, record):
        if not self._defaults:
            return record.__dict__
        merged = dict(self._defaults)
        merged.update(record.__dict__)
        return merged

    def _substitute(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._substitute(record)
        except KeyError as missing:
            raise ValueError("Formatting field not found in record: %s" % missing)


class StrFormatStyle(PercentStyle):
    """Format strings such as '{levelname}:{message}' (str.format fields)."""

    default_format = "{message}"
    asctime_format = "{asctime}"
    asctime_search = "{asctime"
    _field_name = re.compile(r"^(\d+|\w+)(\.\w+|\[[^]]+\])*$")
    _spec = re.compile(r"^(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?(\.(\d+|{\w+}))?[bcdefgnosxX%]?$", re.I)

    def _substitute(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        from string import Formatter as _Parser
        seen = 0
        try:
            for _literal, field, spec, conversion in _Parser().parse(self._fmt):
                if field:
                    if not self._field_name.match(field):
                        raise ValueError("invalid field name/expression: %r" % field)
                    seen += 1
                if conversion and conversion not in "rsa":
                    raise ValueError("invalid conversion: %r" % conversion)
                if spec and not self._spec.match(spec):
                    raise ValueError("bad specifier: %r" % spec)
        except ValueError as problem:
            raise _style_error(problem)
        if not seen:
            raise _style_error("no fields")


class StringTemplateStyle(PercentStyle):
    """Format strings such as '$levelname:${message}' (string.Template fields)."""

    default_format = "${message}"
    asctime_format = "${asctime}"
    asctime_search = "${asctime}"

    def __init__(self, fmt, *, defaults=None):
        super().__init__(fmt, defaults=defaults)
        self._template = Template(self._fmt)

    def usesTime(self):
        return "$asctime" in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        seen = 0
        for match in Template.pattern.finditer(self._fmt):
            parts = match.groupdict()
            if parts.get("named") or parts.get("braced"):
                seen += 1
            elif parts.get("invalid") is not None:
                raise _style_error("bare '$' not allowed")
        if not seen:
            raise _style_error("no fields")

    def _substitute(self, record):
        return self._template.substitute(**self._values(record))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

# style key -> (style class, basicConfig's default format in that style)
_STYLES = {
    "%": (PercentStyle, BASIC_FORMAT),
    "{": (StrFormatStyle, "{levelname}:{name}:{message}"),
    "$": (StringTemplateStyle, "${levelname}:${name}:${message}"),
}


# ---------------------------------------------------------------- formatters

class Formatter:
    """Turns a LogRecord into text: the format string's fields, then any traceback and stack."""

    converter = time.localtime
    default_time_format = "%Y-%m-%d %H:%M:%S"
    default_msec_format = "%s,%03d"

    def __init__(self, fmt=None, datefmt=None, style="%", validate=True, *, defaults=None):
        if style not in _STYLES:
            raise ValueError("Style must be one of: %s" % ",".join(_STYLES))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def _time_converter(self):
        # time.localtime is a script function in Tauraro, so reading self.converter would bind it
        # like a method; fetch the stored object itself (instance first, then the classes)
        own = getattr(self, "__dict__", {})
        if "converter" in own:
            return own["converter"]
        for klass in type(self).__mro__:
            stored = klass.__dict__.get("converter")
            if stored is not None:
                return stored.__func__ if isinstance(stored, (staticmethod, classmethod)) else stored
        return time.localtime

    def formatTime(self, record, datefmt=None):
        """record.created as text: strftime(datefmt) if given, else 'YYYY-mm-dd HH:MM:SS,mmm'."""
        moment = self._time_converter()(record.created)
        if datefmt:
            return time.strftime(datefmt, moment)
        text = time.strftime(self.default_time_format, moment)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def formatException(self, ei):
        """The traceback of an exc_info triple, as traceback.print_exception writes it."""
        buffer = io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, buffer)
        text = buffer.getvalue()
        return text[:-1] if text.endswith("\n") else text

    def formatStack(self, stack_info):
        """Hook for subclasses: the stack text as it is."""
        return stack_info

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def format(self, record):
        """Set record.message (and record.asctime if the format uses it) and return the text."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            # cached on the record: every handler shares one rendering of the traceback
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            text = _on_new_line(text, record.exc_text)
        if record.stack_info:
            text = _on_new_line(text, self.formatStack(record.stack_info))
        return text


def _on_new_line(text, extra):
    """text, then extra starting on a line of its own."""
    return (text if text.endswith("\n") else text + "\n") + extra


_defaultFormatter = Formatter()


class BufferingFormatter:
    """Formats a batch of records: header, each record with linefmt, footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        body = "".join(self.linefmt.format(record) for record in records)
        return self.formatHeader(records) + body + self.formatFooter(records)


# ---------------------------------------------------------------- filters

class Filter:
    """Passes records from the logger named name and its descendants (all records if name is '')."""

    def __init__(self, name=""):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.name or record.name == self.name:
            return True
        return record.name.startswith(self.name + ".")


class Filterer:
    """Holds filters (Filter objects or callables taking a record); a record passes if all allow it."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for check in self.filters:
            verdict = check.filter(record) if hasattr(check, "filter") else check(record)
            if not verdict:
                return False
        return True


# ---------------------------------------------------------------- handlers

_handlers = {}        # handler name -> handler, for handlers given a name
_handlerList = []     # every handler created, oldest first: shutdown() closes them newest first


class Handler(Filterer):
    """Base of all handlers: a level, a formatter, filters and a lock held around emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        with _lock:
            _handlerList.append(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            if _handlers.get(self._name) is self:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = threading.RLock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError("emit must be implemented by Handler subclasses")

    def handle(self, record):
        """Emit the record (under the lock) if the filters pass it; returns whether they did."""
        passed = self.filter(record)
        if passed:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return passed

    def flush(self):
        pass

    def close(self):
        with _lock:
            self._closed = True
            if self._name and _handlers.get(self._name) is self:
                del _handlers[self._name]

    def handleError(self, record):
        """Report an exception raised in emit() on stderr (when raiseExceptions is true) and go on."""
        if not (raiseExceptions and sys.stderr):
            return
        kind, error, trace = sys.exc_info()
        try:
            err = sys.stderr
            err.write("--- Logging error ---\n")
            traceback.print_exception(kind, error, trace, None, err)
            err.write("Call stack:\n")
            # the stack of the code that logged, from the emit() that called us (the frame that
            # caught the error) outwards, minus logging's own frames. The live frame is used, not
            # trace.tb_frame: Tauraro's traceback frames do not link to their callers.
            origin = sys._getframe(1)
            while origin is not None and _in_this_module(origin):
                origin = origin.f_back
            if origin is not None:
                traceback.print_stack(origin, file=err)
            try:
                err.write("Message: %r\nArguments: %s\n" % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                err.write("Unable to print the message and arguments - possible formatting error.\n"
                          "Use the traceback above to help find the error.\n")
        except OSError:
            pass
        finally:
            del kind, error, trace

    def __repr__(self):
        return "<%s (%s)>" % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each formatted record and terminator to a stream (sys.stderr by default)."""
    __class_getitem__ = list.__dict__["__class_getitem__"]  # X[int] is a types.GenericAlias, as in CPython

    terminator = "\n"

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        self.acquire()
        try:
            target = self.stream
            if target is not None and hasattr(target, "flush"):
                target.flush()
        finally:
            self.release()

    def emit(self, record):
        try:
            line = self.format(record) + self.terminator
            self.stream.write(line)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Switch to stream, flushing the old one; returns the old stream (None if unchanged)."""
        if stream is self.stream:
            return None
        self.acquire()
        try:
            previous = self.stream
            self.flush()
            self.stream = stream
        finally:
            self.release()
        return previous

    def _stream_label(self):
        label = str(getattr(self.stream, "name", ""))
        return label + " " if label else ""

    def __repr__(self):
        return "<%s %s(%s)>" % (type(self).__name__, self._stream_label(), getLevelName(self.level))


class FileHandler(StreamHandler):
    """A StreamHandler writing to a file, opened at creation or (delay=True) at the first record."""

    def __init__(self, filename, mode="a", encoding=None, delay=False, errors=None):
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode = mode
        self.encoding = encoding
        self.errors = errors
        self.delay = delay
        if delay:
            # no stream yet, but the handler is registered and locked like any other
            Handler.__init__(self)
            self.stream = None
        else:
            super().__init__(self._open())

    def _open(self):
        return open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors)

    def emit(self, record):
        if self.stream is None:
            # a closed handler in 'w' mode is not reopened: that would empty the file again
            if self.mode == "w" and self._closed:
                return
            self.stream = self._open()
        super().emit(record)

    def close(self):
        self.acquire()
        try:
            target = self.stream
            self.stream = None
            try:
                if target is not None:
                    try:
                        if hasattr(target, "flush"):
                            target.flush()
                    finally:
                        if hasattr(target, "close"):
                            target.close()
            finally:
                StreamHandler.close(self)
        finally:
            self.release()

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.baseFilename, getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """The last resort: writes to whatever sys.stderr is when a record arrives."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    """Does nothing: lets a library give its logger a handler without producing output."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


# ---------------------------------------------------------------- where a call came from

def _in_this_module(frame):
    return frame.f_code.co_filename == _THIS_FILE


def currentframe():
    """The frame of the caller of this function."""
    return sys._getframe(1)


def _caller_outside_logging(stacklevel):
    """The stacklevel-th frame outside this module from the logging call outwards (the outermost
    such frame when there are fewer), or None. The walk stops there, as CPython's findCaller does,
    rather than visiting the whole stack on every record."""
    remaining = max(stacklevel, 1)
    found = None
    frame = sys._getframe(1)
    while frame is not None:
        if not _in_this_module(frame):
            found = frame
            remaining -= 1
            if not remaining:
                break
        frame = frame.f_back
    return found


def _stack_text(frame):
    buffer = io.StringIO()
    buffer.write("Stack (most recent call last):\n")
    traceback.print_stack(frame, file=buffer)
    return buffer.getvalue().rstrip("\n")


# ---------------------------------------------------------------- loggers and their registry

class PlaceHolder:
    """Stands in the registry for a dotted name with logged-to descendants but no logger yet."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


_loggerClass = None   # set to Logger once it is defined


def setLoggerClass(klass):
    """Make getLogger create instances of klass (a Logger subclass) for new names."""
    global _loggerClass
    if klass is not Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager:
    """The registry of loggers by dotted name, below one root logger."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    def getLogger(self, name):
        """The logger called name, created (and linked into the hierarchy) on first use."""
        if not isinstance(name, str):
            raise TypeError("A logger name must be a string")
        with _lock:
            existing = self.loggerDict.get(name)
            if isinstance(existing, Logger):
                return existing
            created = (self.loggerClass or _loggerClass)(name)
            created.manager = self
            self.loggerDict[name] = created
            self._link_to_ancestor(created)
            if isinstance(existing, PlaceHolder):
                self._adopt_descendants(created, existing)
            return created

    def _link_to_ancestor(self, logger):
        # the nearest existing ancestor becomes the parent; every missing ancestor name gets a
        # placeholder remembering this logger, so the ancestor can adopt it once created
        name = logger.name
        cut = name.rfind(".")
        while cut > 0:
            prefix = name[:cut]
            entry = self.loggerDict.get(prefix)
            if isinstance(entry, Logger):
                logger.parent = entry
                return
            if entry is None:
                self.loggerDict[prefix] = PlaceHolder(logger)
            else:
                entry.append(logger)
            cut = name.rfind(".", 0, cut)
        logger.parent = self.root

    @staticmethod
    def _adopt_descendants(logger, placeholder):
        # a descendant whose parent is above the new logger now hangs from the new logger
        below = logger.name + "."
        for child in placeholder.loggerMap:
            if not child.parent.name.startswith(below):
                child.parent = logger

    def setLoggerClass(self, klass):
        if klass is not Logger and not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _clear_cache(self):
        # levels are looked up on each call here, so there is no cache to clear; kept because
        # code written for CPython calls it after changing levels by hand
        pass


def _logging_method(owner, level, name, make):
    """Install owner.<name>(msg, *args, **kwargs), logging at level: the function make(level) returns."""
    method = make(level)
    method.__name__ = name
    method.__qualname__ = owner.__name__ + "." + name
    method.__doc__ = "Log msg %% args with severity '%s'." % _levelToName[level]
    setattr(owner, name, method)


# The methods test the level and log themselves, as CPython's do: a shared helper taking the level
# would be one more call (with the keyword arguments unpacked again) on every logging call.
def _logger_method(level):
    def method(self, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)
    return method


def _adapter_method(level):
    def method(self, msg, *args, **kwargs):
        self.log(level, msg, *args, **kwargs)
    return method


def _exc_triple(exc_info):
    # exc_info may be an exception, a ready (type, value, traceback) triple, or any true value
    # meaning "the exception being handled now"; false values mean none
    if not exc_info or isinstance(exc_info, tuple):
        return exc_info
    if isinstance(exc_info, BaseException):
        return type(exc_info), exc_info, exc_info.__traceback__
    return sys.exc_info()


class Logger(Filterer):
    """A named channel for records: a level, handlers, filters and a parent to propagate to."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _checkLevel(level)

    # ---- logging calls: debug, info, warning, error and critical are made by _logging_method
    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead", DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    # ---- making and dispatching records
    def findCaller(self, stack_info=False, stacklevel=1):
        """(filename, line, function, stack text or None) of the frame that logged, stacklevel
        frames out from the first frame outside logging (the outermost if there are fewer)."""
        frame = _caller_outside_logging(stacklevel)
        if frame is None:
            return "(unknown file)", 0, "(unknown function)", None
        code = frame.f_code
        return code.co_filename, frame.f_lineno, code.co_name, _stack_text(frame) if stack_info else None

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None, sinfo=None):
        """Create the record; extra's keys become attributes but may not replace existing ones."""
        record = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key, value in extra.items():
                if key in ("message", "asctime") or key in record.__dict__:
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                record.__dict__[key] = value
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        try:
            where = self.findCaller(stack_info, stacklevel)
        except ValueError:
            where = ("(unknown file)", 0, "(unknown function)", None)
        exc_info = _exc_triple(exc_info)
        record = self.makeRecord(self.name, level, where[0], where[1], msg, args, exc_info, where[2],
                                 extra, where[3])
        self.handle(record)

    def handle(self, record):
        """Pass the record to the handlers unless this logger is disabled or its filters drop it."""
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def _handler_chain(self):
        """The loggers whose handlers see this logger's records: up the parents while propagating."""
        logger = self
        while logger is not None:
            yield logger
            logger = logger.parent if logger.propagate else None

    def callHandlers(self, record):
        """Offer the record to every handler up the chain; with none at all, to the last resort."""
        # the walk of _handler_chain written out: no generator on each record, as in CPython's loop
        offered = 0
        logger = self
        while logger is not None:
            for handler in logger.handlers:
                offered += 1
                if record.levelno >= handler.level:
                    handler.handle(record)
            logger = logger.parent if logger.propagate else None
        if offered:
            return
        if lastResort:
            if lastResort.level <= record.levelno:
                lastResort.handle(record)
        elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
            self.manager.emittedNoHandlerWarning = True

    def addHandler(self, hdlr):
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def hasHandlers(self):
        """Whether any logger in the propagation chain has a handler."""
        return any(logger.handlers for logger in self._handler_chain())

    # ---- levels
    def getEffectiveLevel(self):
        """This logger's level, or the first non-NOTSET level of its ancestors."""
        logger = self
        while logger is not None:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled or level <= self.manager.disable:
            return False
        return level >= self.getEffectiveLevel()

    def getChild(self, suffix):
        name = suffix if self.root is self else self.name + "." + suffix
        return self.manager.getLogger(name)

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.name, getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        # pickling a logger stores its name: unpickling looks the same logger up again
        if getLogger(self.name) is not self:
            import pickle
            raise pickle.PicklingError("logger cannot be pickled")
        return getLogger, (self.name,)


class RootLogger(Logger):
    """The logger at the top of the hierarchy, named 'root'."""

    def __init__(self, level):
        super().__init__("root", level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


class LoggerAdapter:
    """Wraps a logger to add contextual information (extra) to every record it logs."""
    __class_getitem__ = list.__dict__["__class_getitem__"]  # X[int] is a types.GenericAlias, as in CPython

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        """Hook: return (msg, kwargs) for the logger call; by default sets kwargs['extra']."""
        kwargs["extra"] = self.extra
        return msg, kwargs

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            processed, options = self.process(msg, kwargs)
            self.logger.log(level, processed, *args, **options)

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead", DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, **kwargs):
        return self.logger._log(level, msg, args, **kwargs)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.logger.name,
                                 getLevelName(self.logger.getEffectiveLevel()))


for _level in (DEBUG, INFO, WARNING, ERROR, CRITICAL):
    _logging_method(Logger, _level, _levelToName[_level].lower(), _logger_method)
    _logging_method(LoggerAdapter, _level, _levelToName[_level].lower(), _adapter_method)
del _level
Logger.fatal = Logger.critical

root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(root)


# ---------------------------------------------------------------- configuration and shortcuts

def _basic_handlers(options):
    """The handlers basicConfig installs, taken out of options (a dict it consumes)."""
    given = options.pop("handlers", None)
    has_stream, has_file = "stream" in options, "filename" in options
    if given is not None:
        if has_stream or has_file:
            raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
        return list(given)
    if has_stream and has_file:
        raise ValueError("'stream' and 'filename' should not be specified together")
    if has_file:
        mode = options.pop("filemode", "a")
        encoding = options.pop("encoding", None)
        errors = options.pop("errors", "backslashreplace")
        if "b" in mode:
            errors = None
        return [FileHandler(options.pop("filename"), mode, encoding=encoding, errors=errors)]
    return [StreamHandler(options.pop("stream", None))]


def basicConfig(**kwargs):
    """Give the root logger a handler and formatter, unless it has handlers already (or force=True).

    Keywords: filename, filemode, stream, handlers, format, datefmt, style, level, force, encoding,
    errors."""
    with _lock:
        options = dict(kwargs)
        if options.pop("force", False):
            for old in list(root.handlers):
                root.removeHandler(old)
                old.close()
        if root.handlers:
            return
        handlers = _basic_handlers(options)
        style = options.pop("style", "%")
        if style not in _STYLES:
            raise ValueError("Style must be one of: %s" % ",".join(_STYLES))
        text = options.pop("format", _STYLES[style][1])
        formatter = Formatter(text, options.pop("datefmt", None), style)
        for handler in handlers:
            if handler.formatter is None:
                handler.setFormatter(formatter)
            root.addHandler(handler)
        level = options.pop("level", None)
        if level is not None:
            root.setLevel(level)
        if options:
            raise ValueError("Unrecognised argument(s): %s" % ", ".join(options))


def getLogger(name=None):
    """The logger with this dotted name (the root logger for None, '' or 'root')."""
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return Logger.manager.getLogger(name)


def _module_level(level):
    """A module-level shortcut logging at level on the root logger, configuring it first if bare."""
    def shortcut(msg, *args, **kwargs):
        if not root.handlers:
            basicConfig()
        root.log(level, msg, *args, **kwargs)
    shortcut.__name__ = shortcut.__qualname__ = _levelToName[level].lower()
    shortcut.__doc__ = "Log a message with severity '%s' on the root logger." % _levelToName[level]
    return shortcut


critical = _module_level(CRITICAL)
fatal = critical
error = _module_level(ERROR)
warning = _module_level(WARNING)
info = _module_level(INFO)
debug = _module_level(DEBUG)


def exception(msg, *args, exc_info=True, **kwargs):
    """Log a message with severity 'ERROR' and the current exception's traceback on the root logger."""
    error(msg, *args, exc_info=exc_info, **kwargs)


def warn(msg, *args, **kwargs):
    import warnings
    warnings.warn("The 'warn' function is deprecated, use 'warning' instead", DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    """Log msg at the integer level on the root logger."""
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Drop every record at or below level, whatever the loggers' own levels (NOTSET undoes it)."""
    root.manager.disable = _checkLevel(level)
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flush and close every handler, newest first (also run when the interpreter exits)."""
    for handler in reversed(list(handlerList)):
        if handler is None:
            continue
        try:
            handler.acquire()
            try:
                handler.flush()
                handler.close()
            except (OSError, ValueError):
                # a stream closed behind logging's back is not an error at exit
                pass
            finally:
                handler.release()
        except Exception:
            if raiseExceptions:
                raise


# ---- warnings -> logging
_showwarning_before_capture = None    # warnings.showwarning as it was before captureWarnings(True)


def _showwarning(message, category, filename, lineno, file=None, line=None):
    if file is not None:
        # an explicit file is honoured as warnings itself would
        original = _showwarning_before_capture
        if original is not None:
            original(message, category, filename, lineno, file, line)
        return
    import warnings
    target = getLogger("py.warnings")
    if not target.handlers:
        target.addHandler(NullHandler())
    target.warning("%s", warnings.formatwarning(message, category, filename, lineno, line))


def captureWarnings(capture):
    """Send warnings to the 'py.warnings' logger (capture true) or back to warnings' own output."""
    import warnings
    global _showwarning_before_capture
    if capture and _showwarning_before_capture is None:
        _showwarning_before_capture = warnings.showwarning
        warnings.showwarning = _showwarning
    elif not capture and _showwarning_before_capture is not None:
        warnings.showwarning = _showwarning_before_capture
        _showwarning_before_capture = None


_THIS_FILE = sys._getframe().f_code.co_filename
_srcfile = _THIS_FILE

try:
    import atexit
    atexit.register(shutdown)
except ImportError:
    pass
