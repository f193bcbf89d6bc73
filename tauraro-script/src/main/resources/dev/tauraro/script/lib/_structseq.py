"""CPython's struct sequences (sys.flags, sys.version_info, os.stat_result, ...): tuple classes whose
items are also read by field name, and which may carry named fields beyond the tuple part
(os.stat_result's st_atime_ns, st_blksize, ...), kept in slots as CPython keeps them past the
tuple's length. Java code makes instances directly (runtime/StructSequences), filling the slots
in the order of `fields`."""

from _collections import _tuplegetter

_NO_DICT = object()  # an argument not given


def struct_sequence(qualified_name, fields, n_sequence=None, creatable=True, complete=None):
    """A struct sequence class named qualified_name ('os.stat_result'). fields: every field in order,
    None for an unnamed one (os.stat_result's integer times); the first n_sequence (all by default)
    are the tuple. Scripts may make one from a sequence (and a dict of the fields past it) when
    creatable; complete(items) then fills what the caller left None, as os.stat_result does."""
    module, _, name = qualified_name.rpartition(".")
    fields = tuple(fields)
    n_fields = len(fields)
    n_sequence = n_fields if n_sequence is None else n_sequence
    named = tuple(f for f in fields if f is not None)
    extra = tuple(fields[n_sequence:])
    field_set = frozenset(named)

    def __new__(cls, *args, **kwargs):
        if not creatable:
            raise TypeError("cannot create '%s' instances" % qualified_name)
        if len(args) > 2:
            raise TypeError("structseq() takes at most 2 arguments (%d given)" % len(args))
        sequence, dict = (tuple(args) + (_NO_DICT, _NO_DICT))[:2]
        if sequence is _NO_DICT:
            sequence = kwargs.pop("sequence", _NO_DICT)
        if dict is _NO_DICT:
            dict = kwargs.pop("dict", _NO_DICT)
        if sequence is _NO_DICT:
            raise TypeError("structseq() missing required argument 'sequence' (pos 1)")
        for keyword in kwargs:
            raise TypeError("'%s' is an invalid keyword argument for structseq()" % keyword)
        try:
            items = list(sequence)
        except TypeError:
            raise TypeError("constructor requires a sequence") from None
        if dict is not _NO_DICT and not isinstance(dict, type({})):
            raise TypeError("%s() takes a dict as second arg, if any" % qualified_name)
        size = len(items)
        if n_sequence == n_fields and size != n_fields:
            raise TypeError("%s() takes a %d-sequence (%d-sequence given)" % (qualified_name, n_fields, size))
        if size < n_sequence:
            raise TypeError("%s() takes an at least %d-sequence (%d-sequence given)"
                            % (qualified_name, n_sequence, size))
        if size > n_fields:
            raise TypeError("%s() takes an at most %d-sequence (%d-sequence given)" % (qualified_name, n_fields, size))
        for field in fields[size:]:
            items.append(None if dict is _NO_DICT else dict.get(field))
        if complete is not None:
            complete(items)
        self = tuple.__new__(cls, items[:n_sequence])
        for field, value in zip(extra, items[n_sequence:]):
            object.__setattr__(self, field, value)
        return self

    def __repr__(self):
        # CPython names the tuple's items by the named fields in order, unnamed ones skipped
        return "%s(%s)" % (qualified_name, ", ".join("%s=%r" % (f, v) for f, v in zip(named, self)))

    def __reduce__(self):
        return type(self), (tuple(self), {f: getattr(self, f) for f in extra})

    def __setattr__(self, attr, value):
        if attr in field_set:
            raise AttributeError("readonly attribute")
        raise AttributeError("'%s' object has no attribute '%s'" % (qualified_name, attr))

    def __delattr__(self, attr):
        if attr in field_set:
            raise AttributeError("readonly attribute")
        raise AttributeError("'%s' object has no attribute '%s'" % (qualified_name, attr))

    ns = {"__slots__": extra, "n_fields": n_fields, "n_sequence_fields": n_sequence,
          "n_unnamed_fields": n_fields - len(named), "__new__": __new__, "__repr__": __repr__,
          "__reduce__": __reduce__, "__setattr__": __setattr__, "__delattr__": __delattr__, "__module__": module}
    for index, field in enumerate(fields[:n_sequence]):
        if field is not None:
            ns[field] = _tuplegetter(index, None)
    return type(name, (tuple,), ns)
