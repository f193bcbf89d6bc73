"""warnings: issue and filter warnings, written from the Python 3.11 documentation and the output
CPython shows ("file:line: Category: message" and the source line, on sys.stderr).

How a warning travels: warn() finds the code that caused it (stacklevel frames out) and hands it
to warn_explicit(), which takes the action of the first filter that matches (or defaultaction),
consults the registries that remember what was already shown ("default", "module", "once"), and
then shows it: through a replaced warnings.showwarning if there is one, into the list of a
catch_warnings(record=True), or written to sys.stderr. Each module's registry lives in its globals
as __warningregistry__ and is emptied whenever the filters change.

The command's -W options (sys.warnoptions) become filters when the module is first imported.

Differences from CPython: no PYTHONWARNINGS; catch_warnings(module=...) accepts the argument but
always saves and restores this module's state."""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

# (action, message regex or None, category, module regex or None, lineno): first match wins.
# The defaults shown by CPython 3.11 without -W options.
filters = [("default", None, DeprecationWarning, "__main__", 0),
           ("ignore", None, DeprecationWarning, None, 0),
           ("ignore", None, PendingDeprecationWarning, None, 0),
           ("ignore", None, ImportWarning, None, 0),
           ("ignore", None, ResourceWarning, None, 0)]
defaultaction = "default"
onceregistry = {}

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")
_filters_generation = 1   # bumped on every change of the filters; registries of older ones are stale
_record_into = None       # list.append of the innermost catch_warnings(record=True), else None


def _filters_changed():
    global _filters_generation
    _filters_generation += 1


# -- showing -----------------------------------------------------------------------------------

class WarningMessage:
    """One warning as showwarning() receives it; catch_warnings(record=True) collects these."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = None if category is None else category.__name__

    def __str__(self):
        return "{message : %r, category : %r, filename : %r, lineno : %s, line : %r}" % (
            self.message, self._category_name, self.filename, self.lineno, self.line)


def _text_of(message, category, filename, lineno, line):
    head = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        import linecache
        line = linecache.getline(filename, lineno)
    line = line.strip() if line else ""
    return head + ("  %s\n" % line if line else "")


def formatwarning(message, category, filename, lineno, line=None):
    """'file:line: Category: message' and the stripped source line (read from the file when line
    is None)."""
    return _text_of(message, category, filename, lineno, line)


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes formatwarning()'s text to file (sys.stderr by default); scripts may replace this
    function to redirect warnings."""
    target = sys.stderr if file is None else file
    if target is None:  # no stderr at all: the warning is lost, as in CPython
        return
    try:
        target.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _deliver(note):
    hook = showwarning
    if hook is not _showwarning_orig:
        if not callable(hook):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        hook(note.message, note.category, note.filename, note.lineno, note.file, note.line)
    elif _record_into is not None:
        _record_into(note)
    else:
        _showwarning_orig(note.message, note.category, note.filename, note.lineno, note.file, note.line)


# -- filters -----------------------------------------------------------------------------------

def _check_action(action):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))


def _check_lineno(lineno):
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")


def _install(entry, append):
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        if entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_changed()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Adds a filter: action for warnings whose text matches message (a regular expression matched
    at the start, ignoring case), of that category or a subclass, raised from a module whose name
    matches the module expression at its start, at lineno (0: any line)."""
    _check_action(action)
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    _check_lineno(lineno)
    text_pattern = module_pattern = None
    if message or module:
        import re
        text_pattern = re.compile(message, re.I) if message else None
        module_pattern = re.compile(module) if module else None
    _install((action, text_pattern, category, module_pattern, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter for every message from every module."""
    _check_action(action)
    _check_lineno(lineno)
    _install((action, None, category, None, lineno), append)


def resetwarnings():
    """Empties the filter list, the defaults included."""
    del filters[:]
    _filters_changed()


def _pattern_accepts(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):  # a filter put in the list by hand
        return pattern == text
    return pattern.match(text) is not None


def _first_filter(text, category, module, lineno):
    """(action, filter) of the first filter that takes this warning, or (defaultaction, None)."""
    for entry in filters:
        action, text_pattern, wanted, module_pattern, line = entry
        if (issubclass(category, wanted) and line in (0, lineno)
                and _pattern_accepts(text_pattern, text)
                and _pattern_accepts(module_pattern, module)):
            return action, entry
    return defaultaction, None


# -- issuing -----------------------------------------------------------------------------------

def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning located at the caller of warn() (stacklevel 1) or that many frames out."""
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(type(category).__name__))
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:  # fewer frames than stacklevel: CPython blames the sys module
        frame = None
    if frame is None:
        where = sys.__dict__
        filename, lineno = "sys", 1
    else:
        where = frame.f_globals
        filename, lineno = frame.f_code.co_filename, frame.f_lineno
    registry = where.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, where.get("__name__", "<string>"), registry, where,
                  source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    """Issues a warning at an explicit place; registry is the dict remembering what that module
    has already shown (None: nothing is remembered)."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if isinstance(message, Warning):
        text, category = str(message), type(message)
    else:
        text, message = message, category(message)
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_generation:
        registry.clear()
        registry["version"] = _filters_generation
    here = (text, category, lineno)
    if registry.get(here):
        return
    action, entry = _first_filter(text, category, module, lineno)
    if action == "ignore":
        return
    if action == "error":
        raise message
    if _seen_before(action, entry, registry, here):
        return
    _deliver(WarningMessage(message, category, filename, lineno, source=source))


def _seen_before(action, entry, registry, here):
    """Records a warning about to be shown under action; true when that action has shown it
    already (once: anywhere, module: in this module on any line)."""
    if action == "always":
        return False
    if action not in ("default", "module", "once"):
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, entry))
    registry[here] = 1
    text, category, _ = here
    if action == "default":
        return False
    if action == "once":
        book, key = onceregistry, (text, category)
    else:
        book, key = registry, (text, category, 0)
    if book.get(key):
        return True
    book[key] = 1
    return False


# -- catch_warnings ----------------------------------------------------------------------------

class catch_warnings:
    """Saves the filters and showwarning on entry and puts them back on exit, so that changes made
    inside the block do not outlive it. record=True collects the block's warnings as WarningMessage
    objects in the list __enter__ returns; action (with category, lineno, append) adds a
    simplefilter for the block."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._simplefilter = None if action is None else (action, category, lineno, append)
        self._saved = None

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, "record=True" if self._record else "")

    def __enter__(self):
        if self._saved is not None:
            raise RuntimeError("Cannot enter %r twice" % self)
        global filters, _record_into, showwarning
        self._saved = (filters, showwarning, _record_into)
        filters = list(filters)
        _filters_changed()
        if self._simplefilter is not None:
            simplefilter(*self._simplefilter)
        if not self._record:
            return None
        log = []
        _record_into = log.append
        showwarning = _showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if self._saved is None:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        global filters, _record_into, showwarning
        filters, showwarning, _record_into = self._saved
        _filters_changed()


# -- -W options --------------------------------------------------------------------------------

_BUILTIN_CATEGORIES = {c.__name__: c for c in (
    Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning, RuntimeWarning,
    FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning)}


def _category_named(name):
    if not name:
        return Warning
    if "." not in name:
        found = _BUILTIN_CATEGORIES.get(name)
        if found is None:
            raise ValueError("unknown warning category: %r" % (name,))
    else:
        import importlib
        owner, _, attribute = name.rpartition(".")
        try:
            holder = importlib.import_module(owner)
        except ImportError:
            raise ValueError("invalid module name: %r" % (owner,)) from None
        found = getattr(holder, attribute, None)
        if found is None:
            raise ValueError("unknown warning category: %r" % (name,))
    if not (isinstance(found, type) and issubclass(found, Warning)):
        raise ValueError("invalid warning category: %r" % (name,))
    return found


def _filter_of_option(option):
    """The filterwarnings arguments of one -W option, action:message:category:module:lineno, where
    fields may be left out from the right and the action may be abbreviated."""
    fields = [field.strip() for field in option.split(":")]
    if len(fields) > 5:
        raise ValueError("too many fields (max 5): %r" % (option,))
    action, message, category, module, lineno = fields + [""] * (5 - len(fields))
    if action:
        chosen = next((name for name in _ACTIONS if name.startswith(action)), None)
        if chosen is None:
            raise ValueError("invalid action: %r" % (action,))
    else:
        chosen = "default"
    number = 0
    if lineno:
        try:
            number = int(lineno)
        except ValueError:
            raise ValueError("invalid lineno %r" % (lineno,)) from None
        if number < 0:
            raise ValueError("invalid lineno %r" % (number,))
    return chosen, message, _category_named(category), module, number


def _install_options(options):
    for option in options:
        try:
            arguments = _filter_of_option(option)
        except ValueError as problem:
            print("Invalid -W option ignored:", problem, file=sys.stderr)
        else:
            filterwarnings(*arguments)


_install_options(sys.warnoptions)
