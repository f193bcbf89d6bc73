"""contextvars: context variables (ContextVar, Token, Context, copy_context), written for
tauraro-script from the contextvars documentation.

Each thread has a current Context (empty until first used). As in CPython, every asyncio task
runs in a copy of the context current when it was created (create_task, ensure_future, gather,
TaskGroup, asyncio.run), so a value a task sets is seen by what it awaits but not by other tasks.
loop.call_soon(..., context=) is accepted but its callback runs in the loop's current context."""

import _contextvars

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_NO_DEFAULT = object()


def _current():
    ctx = _contextvars.current()
    if ctx is None:
        ctx = Context()
        _contextvars.set_current(ctx)
    return ctx


def copy_context():
    """A copy of the current Context."""
    return _current().copy()


class Context:
    """A mapping from ContextVars to their values; run(f) makes it the current context while f runs."""

    def __init__(self):
        self._vars = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(f"cannot enter context: {self} is already entered")
        previous = _contextvars.current()
        self._entered = True
        _contextvars.set_current(self)
        try:
            return callable(*args, **kwargs)
        finally:
            _contextvars.set_current(previous)
            self._entered = False

    def copy(self):
        new = Context()
        new._vars = dict(self._vars)
        return new

    def _check(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")

    def __getitem__(self, var):
        self._check(var)
        return self._vars[var]

    def __contains__(self, var):
        self._check(var)
        return var in self._vars

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(self._vars)

    def get(self, var, default=None):
        self._check(var)
        return self._vars.get(var, default)

    def keys(self):
        return self._vars.keys()

    def values(self):
        return self._vars.values()

    def items(self):
        return self._vars.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars

    __hash__ = None

    def __repr__(self):
        return "<_contextvars.Context object at 0x%x>" % id(self)


class ContextVar:
    """A variable whose value belongs to the current Context."""

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, default=_NO_DEFAULT):
        """The value in the current context, else default, else the variable's default; else LookupError."""
        ctx = _current()
        value = ctx._vars.get(self, _NO_DEFAULT)  # one lookup: this is on every decimal operation's path
        if value is not _NO_DEFAULT:
            return value
        if default is not _NO_DEFAULT:
            return default
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Sets the value in the current context; the Token returned undoes it with reset()."""
        ctx = _current()
        old = ctx._vars.get(self, Token.MISSING)
        ctx._vars[self] = value
        return Token._make(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        token._used = True
        if token._old is Token.MISSING:
            ctx._vars.pop(self, None)
        else:
            ctx._vars[self] = token._old

    # identity, as object's: a script __hash__/__eq__ here made every lookup of a variable in a
    # Context's dict run two script calls (decimal's getcontext() on every operation)
    __hash__ = object.__hash__

    __class_getitem__ = list.__dict__["__class_getitem__"]  # X[int] is a types.GenericAlias, as in CPython

    def __repr__(self):
        default = '' if self._default is _NO_DEFAULT else ' default=%r' % (self._default,)
        return "<ContextVar name=%r%s at 0x%x>" % (self._name, default, id(self))


class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    """What ContextVar.set returns: the variable and its previous value (Token.MISSING if none)."""

    MISSING = _Missing()

    def __init__(self, *args, **kwargs):
        raise RuntimeError("Tokens can only be created by ContextVars")

    @classmethod
    def _make(cls, ctx, var, old):
        token = object.__new__(cls)
        token._ctx = ctx
        token._var = var
        token._old = old
        token._used = False
        return token

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    __class_getitem__ = list.__dict__["__class_getitem__"]  # X[int] is a types.GenericAlias, as in CPython

    def __repr__(self):
        return "<Token%s var=%r at 0x%x>" % (" used" if self._used else "", self._var, id(self))
