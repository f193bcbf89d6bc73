# pprint: reprs that wrap containers to a width, written from the pprint documentation and the
# output CPython 3.11 prints. The rule everything follows: an object whose one-line repr fits in
# the room left on its line is printed as that repr; a container that does not fit is opened, one
# entry per line, aligned one indent step past its opening bracket. Dicts are sorted by key unless
# sort_dicts=False. Handled containers: dict, list, tuple, set, frozenset, str (cut into adjacent
# literals), OrderedDict, defaultdict, Counter, deque. Other objects (dataclasses, bytes,
# SimpleNamespace, mappingproxy, UserDict...) are printed as their repr and never opened.
import collections as _collections
import re as _re
import sys as _sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    printer = PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                            sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    printer = PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                            sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    return printer.pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def _one_line(object):
    return PrettyPrinter().format(object, {}, None, 0)


def saferepr(object):
    return _one_line(object)[0]


def isreadable(object):
    return _one_line(object)[1]


def isrecursive(object):
    return _one_line(object)[2]


class _Ordered:
    """Sort key for values that may not compare with each other (mixed key types): their own order
    when they have one, otherwise grouped by type name, then by identity."""

    __slots__ = ["value"]

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        try:
            return self.value < other.value
        except TypeError:
            return (str(type(self.value)), id(self.value)) < (str(type(other.value)), id(other.value))


def _pair_key(pair):
    return (_Ordered(pair[0]), _Ordered(pair[1]))


def _one_ordered_kind(items):
    """Whether the keys of items (a plain dict's pairs) are all exact ints or all exact strs: keys of
    a dict are distinct, and these totally ordered, so comparing two pairs as tuples compares their
    keys only, which is also all that comparing their _pair_keys does."""
    kind = type(items[0][0]) if items else None
    if kind is not int and kind is not str:
        return False
    for key, _ in items:
        if type(key) is not kind:
            return False
    return True


# Types whose repr is printed as is and is always readable.
_SCALARS = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._step = indent
        self._width = width
        self._depth = depth
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    # -- public API --------------------------------------------------------------------------

    def pprint(self, object):
        target = _sys.stdout if self._stream is None else self._stream
        if target is None:  # pythonw-like: no stdout, nothing to print to
            return
        target.write(self.pformat(object) + "\n")

    def pformat(self, object):
        return self._layout(object, 0, 0, {}, 0)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object on one line; subclasses override this to change how
        values are shown. context maps the ids of the containers being printed (cycle detection)."""
        return self._safe_repr(object, context, maxlevels, level)

    # -- one-line reprs ----------------------------------------------------------------------

    def _safe_repr(self, obj, active, limit, level):
        cls = type(obj)
        if cls in _SCALARS:
            return repr(obj), True, False
        if cls is int:
            return ("{:_d}".format(obj) if self._underscore_numbers else repr(obj)), True, False
        # an exact class pprint opens is its own kind: _repr_kind would return it from its first step
        kind = cls if cls in _OPENERS else _repr_kind(cls)
        if kind is dict:
            entries = self._dict_items(obj)  # (key, value) pairs
            brackets = ("{", "}")
        elif kind is list or kind is tuple:
            entries = obj  # iterated as it is, as CPython does, rather than copied first
            if kind is list:  # cls subclasses list (no class subclasses both list and tuple)
                brackets = ("[", "]")
            else:
                brackets = ("(", ",)") if len(obj) == 1 else ("(", ")")
        else:
            text = repr(obj)
            return text, bool(text) and not text.startswith("<"), False
        if not entries:
            return brackets[0] + brackets[1], True, False
        key = id(obj)
        if limit and level >= limit:
            return brackets[0] + "..." + brackets[1], False, key in active
        if key in active:
            return _recursion_marker(obj), False, True
        active[key] = 1
        level += 1  # the entries' level, computed once as CPython does
        texts = []
        all_readable, any_recursive = True, False
        if kind is dict:
            for k, v in entries:
                key_text, readable, recursive = self.format(k, active, limit, level)
                value_text, value_readable, value_recursive = self.format(v, active, limit, level)
                texts.append(key_text + ": " + value_text)
                all_readable = all_readable and readable and value_readable
                any_recursive = any_recursive or recursive or value_recursive
        else:
            for item in entries:
                text, readable, recursive = self.format(item, active, limit, level)
                texts.append(text)
                all_readable = all_readable and readable
                any_recursive = any_recursive or recursive
        del active[key]
        return brackets[0] + ", ".join(texts) + brackets[1], all_readable, any_recursive

    def _flat_text(self, obj, active, level):
        # the repr used to decide whether obj fits; cycle ids are copied so this probe leaves them alone
        return self.format(obj, active.copy(), self._depth, level)[0]

    def _dict_items(self, mapping):
        items = list(mapping.items())
        if self._sort_dicts:
            if type(mapping) is dict and _one_ordered_kind(items):
                items.sort()  # the order _pair_key gives, without two key objects per entry
            else:
                items.sort(key=_pair_key)
        return items

    # -- multi-line layout -------------------------------------------------------------------
    # column: where obj's first character goes; trail: characters that must still fit after it on
    # its last line (closing brackets, a comma); level: nesting depth, 1 for the outermost object.

    def _layout(self, obj, column, trail, active, level):
        key = id(obj)
        if key in active:
            return _recursion_marker(obj)
        text = self._flat_text(obj, active, level)
        if len(text) <= self._width - column - trail:
            return text
        opener = _OPENERS.get(_repr_kind(type(obj)))
        if opener is None:
            return text
        # no try/finally: active belongs to this one pformat call, so an exception leaving it
        # dirty is never seen (CPython's _format does the same)
        active[key] = 1
        text = opener(self, obj, column, trail, active, level + 1)
        del active[key]
        return text

    def _block(self, head, entries, tail, column, trail, active, level, keyed, inner_trail=None):
        """head + entries, one per line (sequence items packed several to a line when compact) + tail.
        entries are (key, value) pairs when keyed, else the items. The entries' column is one indent
        step past the last character of head."""
        base = column + len(head) - 1
        at = base + self._step
        if inner_trail is None:
            inner_trail = trail + len(tail)
        count = len(entries)
        if not keyed and self._compact:
            lines = self._packed_lines(entries, at, inner_trail, active, level)
        else:
            lines = []
            for i, entry in enumerate(entries):
                ends = inner_trail if i == count - 1 else 1
                if keyed:
                    shown = self._flat_text(entry[0], active, level) + ": "
                    lines.append(shown + self._layout(entry[1], at + len(shown), ends, active, level))
                else:
                    lines.append(self._layout(entry, at, ends, active, level))
        pad = " " * (self._step - 1) if self._step > 1 else ""
        return head + pad + (",\n" + " " * at).join(lines) + tail

    def _packed_lines(self, values, at, last_trail, active, level):
        # compact=True: as many reprs per line as fit (each costs its length plus ", "; the last
        # value also needs last_trail); a value too long even for an empty line is laid out alone
        room = self._width - at + 1
        lines, current, used = [], [], 0
        for i, value in enumerate(values):
            is_last = i == len(values) - 1
            cap = room - last_trail if is_last else room
            text = self._flat_text(value, active, level)
            cost = len(text) + 2
            if current and used + cost > cap:
                lines.append(", ".join(current))
                current, used = [], 0
            if used + cost <= cap:
                current.append(text)
                used += cost
            else:
                lines.append(self._layout(value, at, last_trail if is_last else 1, active, level))
        if current:
            lines.append(", ".join(current))
        return lines

    def _open_list(self, obj, column, trail, active, level):
        return self._block("[", list(obj), "]", column, trail, active, level, False)

    def _open_tuple(self, obj, column, trail, active, level):
        tail = ",)" if len(obj) == 1 else ")"
        return self._block("(", list(obj), tail, column, trail, active, level, False)

    def _open_set(self, obj, column, trail, active, level):
        if not obj:
            return repr(obj)
        head, tail = ("{", "}") if type(obj) is set else (type(obj).__name__ + "({", "})")
        return self._block(head, sorted(obj, key=_Ordered), tail, column, trail, active, level, False)

    def _open_dict(self, obj, column, trail, active, level, head="{", tail="}"):
        return self._block(head, self._dict_items(obj), tail, column, trail, active, level, True)

    def _open_counter(self, obj, column, trail, active, level):
        if not obj:
            return repr(obj)
        head = type(obj).__name__ + "({"
        return self._block(head, obj.most_common(), "})", column, trail, active, level, True)

    def _open_ordered_dict(self, obj, column, trail, active, level):
        if not obj:
            return repr(obj)
        head = type(obj).__name__ + "("
        return head + self._layout(list(obj.items()), column + len(head), trail + 1, active, level) + ")"

    def _open_defaultdict(self, obj, column, trail, active, level):
        if not obj:
            return repr(obj)
        head = type(obj).__name__ + "("
        factory = self._flat_text(obj.default_factory, active, level)
        column += len(head)
        body = self._open_dict(obj, column, trail + 1, active, level)
        return head + factory + ",\n" + " " * column + body + ")"

    def _open_deque(self, obj, column, trail, active, level):
        if not obj:
            return repr(obj)
        head = type(obj).__name__ + "(["
        items = list(obj)
        if obj.maxlen is None:
            return self._block(head, items, "])", column, trail, active, level, False)
        indent = " " * (column + len(head) - 1)
        tail = "],\n" + indent + "maxlen=" + self._flat_text(obj.maxlen, active, level) + ")"
        return self._block(head, items, tail, column, trail, active, level, False, inner_trail=2)

    def _open_str(self, text, column, trail, active, level):
        # cut after runs of whitespace and at line ends into adjacent literals, one per line;
        # the outermost string is parenthesised so the result still reads as one expression
        if not text:
            return repr(text)
        outermost = level == 1
        if outermost:
            column += 1
            trail += 1
        room = self._width - column
        pieces = []
        lines = text.splitlines(True)
        for n, line in enumerate(lines):
            end_room = room - trail if n == len(lines) - 1 else room
            pieces.extend(_cut_line(line, room, end_room))
        if len(pieces) == 1:
            return repr(text)
        joined = ("\n" + " " * column).join(pieces)
        return "(" + joined + ")" if outermost else joined


def _cut_line(line, room, end_room):
    """Reprs of consecutive pieces of line, each a run of words with their following whitespace,
    packed while the repr fits in room (end_room for the piece holding the last word)."""
    if len(repr(line)) <= end_room:
        return [repr(line)]
    words = _re.findall(r"\S*\s*", line)[:-1]  # the pattern's last match is always empty
    out = []
    held = ""
    for n, word in enumerate(words):
        limit = end_room if n == len(words) - 1 else room
        if held and len(repr(held + word)) > limit:
            out.append(repr(held))
            held = word
        else:
            held += word
    if held:
        out.append(repr(held))
    return out


def _recursion_marker(obj):
    return "<Recursion on %s with id=%s>" % (type(obj).__name__, id(obj))


_OPENERS = {
    dict: PrettyPrinter._open_dict,
    list: PrettyPrinter._open_list,
    tuple: PrettyPrinter._open_tuple,
    set: PrettyPrinter._open_set,
    frozenset: PrettyPrinter._open_set,
    str: PrettyPrinter._open_str,
    _collections.OrderedDict: PrettyPrinter._open_ordered_dict,
    _collections.defaultdict: PrettyPrinter._open_defaultdict,
    _collections.Counter: PrettyPrinter._open_counter,
    _collections.deque: PrettyPrinter._open_deque,
}


def _repr_kind(cls):
    """The class that gives cls its repr: the nearest class in cls's MRO that either is one pprint
    knows how to open or defines __repr__ itself (a list subclass with its own __repr__ is then
    printed with that repr, never opened)."""
    for klass in cls.__mro__:
        if klass in _OPENERS or "__repr__" in vars(klass):
            return klass
    return object
