"""collections: container types, written in the script language."""


class _DictWrapper:
    def __getitem__(self, key):
        if key in self._d:
            return self._d[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def __contains__(self, key):
        return key in self._d

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __eq__(self, other):
        if isinstance(other, _DictWrapper):
            return self._d == other._d
        return self._d == other

    def get(self, key, default=None):
        return self._d.get(key, default)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def pop(self, key, *default):
        return self._d.pop(key, *default)

    def setdefault(self, key, default=None):
        return self._d.setdefault(key, default)

    def update(self, *args, **kwargs):
        self._d.update(*args, **kwargs)

    def clear(self):
        self._d.clear()



class defaultdict(_DictWrapper):
    def __init__(self, default_factory=None, *args, **kwargs):
        self.default_factory = default_factory
        self._d = dict(*args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._d[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self._d)

    def __repr__(self):
        factory = "None" if self.default_factory is None else repr(self.default_factory)
        return "defaultdict(" + factory + ", " + repr(self._d) + ")"


class OrderedDict(_DictWrapper):
    def __init__(self, *args, **kwargs):
        self._d = dict(*args, **kwargs)

    def move_to_end(self, key, last=True):
        value = self._d.pop(key)
        if last:
            self._d[key] = value
        else:
            self._d = {key: value, **self._d}

    def popitem(self, last=True):
        if not self._d:
            raise KeyError("dictionary is empty")
        key = list(self._d)[-1 if last else 0]
        return key, self._d.pop(key)

    def copy(self):
        return OrderedDict(self._d)

    def __repr__(self):
        if not self._d:
            return "OrderedDict()"
        return "OrderedDict(" + repr(list(self._d.items())) + ")"


class Counter(_DictWrapper):
    def __init__(self, iterable=None, **kwargs):
        self._d = {}
        self.update(iterable, **kwargs)

    def update(self, iterable=None, **kwargs):
        if iterable is not None:
            if hasattr(iterable, "items"):
                for key, count in iterable.items():
                    self._d[key] = self._d.get(key, 0) + count
            else:
                for key in iterable:
                    self._d[key] = self._d.get(key, 0) + 1
        for key, count in kwargs.items():
            self._d[key] = self._d.get(key, 0) + count

    def subtract(self, iterable=None, **kwargs):
        if iterable is not None:
            if hasattr(iterable, "items"):
                for key, count in iterable.items():
                    self._d[key] = self._d.get(key, 0) - count
            else:
                for key in iterable:
                    self._d[key] = self._d.get(key, 0) - 1
        for key, count in kwargs.items():
            self._d[key] = self._d.get(key, 0) - count

    def __missing__(self, key):
        return 0

    def __delitem__(self, key):
        if key in self._d:
            del self._d[key]

    def total(self):
        return sum(self._d.values())

    def most_common(self, n=None):
        ordered = sorted(self._d.items(), key=lambda kv: kv[1], reverse=True)
        return ordered if n is None else ordered[:n]

    def elements(self):
        for key, count in self._d.items():
            for _ in range(count):
                yield key

    def __add__(self, other):
        result = Counter()
        for key in list(self._d) + [k for k in other._d if k not in self._d]:
            count = self[key] + other[key]
            if count > 0:
                result._d[key] = count
        return result

    def __sub__(self, other):
        result = Counter()
        for key in self._d:
            count = self[key] - other[key]
            if count > 0:
                result._d[key] = count
        return result

    def __repr__(self):
        if not self._d:
            return "Counter()"
        items = ", ".join(repr(k) + ": " + repr(v) for k, v in self.most_common())
        return "Counter({" + items + "})"


class deque:
    def __init__(self, iterable=(), maxlen=None):
        self.maxlen = maxlen
        self._items = []
        for item in iterable:
            self.append(item)

    def append(self, item):
        self._items.append(item)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            self._items.pop(0)

    def appendleft(self, item):
        self._items.insert(0, item)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            self._items.pop()

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop(0)

    def extend(self, iterable):
        for item in iterable:
            self.append(item)

    def extendleft(self, iterable):
        for item in iterable:
            self.appendleft(item)

    def rotate(self, n=1):
        if self._items:
            n = n % len(self._items)
            self._items[:] = self._items[-n:] + self._items[:-n]

    def clear(self):
        self._items.clear()

    def count(self, item):
        return self._items.count(item)

    def remove(self, item):
        self._items.remove(item)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(list(self._items))

    def __getitem__(self, index):
        return self._items[index]

    def __setitem__(self, index, value):
        self._items[index] = value

    def __contains__(self, item):
        return item in self._items

    def __eq__(self, other):
        return isinstance(other, deque) and self._items == other._items

    def __repr__(self):
        if self.maxlen is None:
            return "deque(" + repr(self._items) + ")"
        return "deque(" + repr(self._items) + ", maxlen=" + repr(self.maxlen) + ")"


def namedtuple(typename, field_names, *, defaults=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    fields = tuple(field_names)
    defaults = tuple(defaults) if defaults is not None else ()

    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(typename + ".__new__() takes " + str(len(fields) + 1) + " positional arguments but "
                            + str(len(args) + 1) + " were given")
        values = list(args)
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            else:
                index = fields.index(name) - (len(fields) - len(defaults))
                if index < 0:
                    raise TypeError(typename + ".__new__() missing 1 required positional argument: '" + name + "'")
                values.append(defaults[index])
        if kwargs:
            raise TypeError(typename + ".__new__() got an unexpected keyword argument '" + list(kwargs)[0] + "'")
        self._values = tuple(values)

    def __repr__(self):
        return typename + "(" + ", ".join(f + "=" + repr(v) for f, v in zip(fields, self._values)) + ")"

    def __getattr__(self, name):
        if name in fields:
            return self._values[fields.index(name)]
        raise AttributeError("'" + typename + "' object has no attribute '" + name + "'")

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(self._values)

    def __getitem__(self, index):
        return self._values[index]

    def __eq__(self, other):
        if hasattr(other, "_values"):
            return self._values == other._values
        return self._values == other

    def __hash__(self):
        return hash(self._values)

    def __lt__(self, other):
        return self._values < tuple(other)

    def _asdict(self):
        return dict(zip(fields, self._values))

    def _replace(self, **changes):
        return cls(*[changes.get(f, v) for f, v in zip(fields, self._values)])

    namespace = {"__init__": __init__, "__repr__": __repr__, "__getattr__": __getattr__, "__iter__": __iter__,
                 "__len__": __len__, "__getitem__": __getitem__, "__eq__": __eq__, "__hash__": __hash__,
                 "__lt__": __lt__, "_asdict": _asdict, "_replace": _replace, "_fields": fields}
    cls = type(typename, (), namespace)
    return cls
