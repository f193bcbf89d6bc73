"""unittest.mock for tauraro-script, written from the unittest.mock documentation and from what
CPython 3.11 prints and raises (reprs, assertion messages, call equality).

Layout of this file:
  markers      sentinel, DEFAULT, ANY
  call records call (the factory), the records in call_args/mock_calls, their list type
  mocks        NonCallableMock -> Mock, MagicMock, AsyncMock and the mixins users subclass
  patching     patch, patch.object, patch.multiple, patch.dict, patch.stopall

How a mock keeps its state: every mock gets a class of its own (made in __new__) so that a magic
method configured on one mock (m.__len__ = ...) never reaches another. Everything private lives in
instance attributes named _mk_*, written with object.__setattr__ so that the mock's own
__setattr__ (which adopts child mocks and checks spec_set) is not involved. A mock knows the mock
that holds it (_mk_holder) and the step from that holder to it (_mk_step: an attribute name, or
'()' for a return value); reprs and the propagation of calls into the holders' mock_calls and
method_calls both walk that chain.

Differences from CPython: create_autospec, autospec=, mock_open, seal and PropertyMock are absent;
spec= limits the attribute names but does not check call signatures, and isinstance(mock, Spec) is
False (tauraro's isinstance does not consult a __class__ property)."""

import asyncio
import builtins
import inspect
import sys

__all__ = ('Mock', 'MagicMock', 'NonCallableMock', 'NonCallableMagicMock', 'AsyncMock', 'patch', 'sentinel',
           'DEFAULT', 'ANY', 'call', 'FILTER_DIR')

# dir(mock) leaves out the mock's private bookkeeping while this is true
FILTER_DIR = True


# ------------------------------------------------------------------------------------------- markers

class _Marker:
    """One named, unique object: sentinel.name."""

    def __init__(self, label):
        self.name = label

    def __repr__(self):
        return 'sentinel.' + self.name


class _MarkerFactory:
    """sentinel: reading any attribute gives the marker of that name, the same object every time."""

    def __init__(self):
        self._made = {}

    def __getattr__(self, label):
        if label.startswith('__') and label.endswith('__'):
            raise AttributeError(label)
        made = self._made.get(label)
        if made is None:
            made = self._made[label] = _Marker(label)
        return made


sentinel = _MarkerFactory()
DEFAULT = sentinel.DEFAULT

# private markers: "nothing there" while looking an attribute up, and "deleted by the test"
_NOTHING = object()
_REMOVED = object()


class _ANY:
    """ANY: equal to whatever it is compared with (an argument the test does not care about)."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


# -------------------------------------------------------------------------------------- call records

def _arguments_text(args, kwargs):
    """The inside of the parentheses of a printed call: f(1, 'a', key=2)."""
    shown = [repr(value) for value in args]
    for key in kwargs:
        shown.append(key + '=' + repr(kwargs[key]))
    return ', '.join(shown)


def _signature_text(label, args, kwargs):
    return label + '(' + _arguments_text(args, kwargs) + ')'


def _spread(value):
    """The (name, args, kwargs) a tuple written by a test stands for: ('name', args, kwargs),
    (args, kwargs), ('name', args), ('name', kwargs), (args,), (kwargs,), ('name',) or ()."""
    parts = tuple(value)
    name, args, kwargs = '', (), {}
    if len(parts) == 3:
        name, args, kwargs = parts
    elif len(parts) == 2:
        first, second = parts
        if isinstance(first, str):
            name = first
            if isinstance(second, tuple):
                args = second
            else:
                kwargs = second
        else:
            args, kwargs = first, second
    elif len(parts) == 1:
        only = parts[0]
        if isinstance(only, str):
            name = only
        elif isinstance(only, tuple):
            args = only
        else:
            kwargs = only
    elif parts:
        raise ValueError('a call is at most (name, args, kwargs)')
    return name, args, kwargs


class _Call(tuple):
    """A call: (args, kwargs) in call_args and call_args_list, (name, args, kwargs) in mock_calls
    and from the `call` factory. call.a.b(1) builds one step by step: each attribute read or
    call makes a new record that remembers the one it came from (its origin), so that
    call_list() can list the calls of a chained expression."""

    def __new__(cls, parts, path=None, origin=None, invoked=True):
        record = tuple.__new__(cls, parts)
        # path: the dotted name used when extending the record with attributes; None for the
        # records a mock writes (reading an attribute of one starts a fresh chain)
        record._path = path
        record._origin = origin
        # invoked: made by calling (printed call.x(...)), not only by attribute reads (printed x)
        record._invoked = invoked
        return record

    @property
    def args(self):
        return self[-2]

    @property
    def kwargs(self):
        return self[-1]

    def _own_name(self):
        """This record's name, or None when it has none (an (args, kwargs) pair)."""
        return self[0] if len(self) == 3 else None

    def __getattr__(self, attribute):
        if attribute.startswith('__') and attribute.endswith('__'):
            raise AttributeError(attribute)
        if self._path is None:
            return _Call((attribute, (), {}), attribute, None, False)
        if self._invoked:
            path = self._path + '().' + attribute
        elif self._path:
            path = self._path + '.' + attribute
        else:
            path = attribute
        return _Call((path, (), {}), path, self, False)

    # tuple's own count and index would hide call.count(...) and call.index(...)
    count = property(lambda self: self.__getattr__('count'))
    index = property(lambda self: self.__getattr__('index'))

    def __call__(self, *args, **kwargs):
        path = self._path or ''
        if self._invoked:
            path += '()'
        return _Call((path, args, kwargs), path, self, True)

    def __eq__(self, other):
        try:
            their_name, their_args, their_kwargs = _spread(other)
        except (TypeError, ValueError):
            return NotImplemented
        mine = self._own_name()
        # an empty or missing name on this side matches any name on the other
        if mine and mine != their_name:
            return False
        theirs_from = getattr(other, '_origin', None)
        if self._origin is not None and theirs_from is not None and self._origin != theirs_from:
            return False
        return (their_args, their_kwargs) == (self.args, self.kwargs)

    def __ne__(self, other):
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    __hash__ = None

    def __repr__(self):
        name = self._own_name() or ''
        if not self._invoked:
            if not name:
                return 'call'
            return 'call' + name if name.startswith('(') else name
        if not name:
            head = 'call'
        elif name.startswith('('):
            head = 'call' + name
        else:
            head = 'call.' + name
        return _signature_text(head, self.args, self.kwargs)

    def call_list(self):
        """The calls a chained call stands for: call.a(1).b(2).call_list() is
        [call.a(1), call.a().b(2)] (what mock_calls holds after m.a(1).b(2))."""
        made = []
        step = self
        while step is not None:
            if step._invoked:
                made.append(step)
            step = step._origin
        made.reverse()
        return _CallList(made)


call = _Call(('', (), {}), '', None, False)


def _pair(args, kwargs):
    return _Call((args, kwargs))


def _triple(name, args, kwargs):
    return _Call((name, args, kwargs))


def _same_call(expected, seen):
    # tried both ways round, so that ANY on either side wins over an argument's own __eq__
    return expected == seen or seen == expected


class _CallList(list):
    """The list type of call_args_list and mock_calls: `[c1, c2] in m.mock_calls` asks whether
    the calls appear in a row."""

    def __contains__(self, wanted):
        if not isinstance(wanted, list):
            return list.__contains__(self, wanted)
        width = len(wanted)
        for start in range(len(self) - width + 1):
            if all(_same_call(w, s) for w, s in zip(wanted, self[start:start + width])):
                return True
        return False


def _take_matching(expected, pool):
    """Removes from pool the first call matching expected; False if there is none."""
    for position, seen in enumerate(pool):
        if _same_call(expected, seen):
            del pool[position]
            return True
    return False


# --------------------------------------------------------------------------------------------- mocks

def _is_mock(value):
    return isinstance(value, NonCallableMock)


def _is_exception(value):
    if isinstance(value, BaseException):
        return True
    return isinstance(value, type) and issubclass(value, BaseException)


def _put(target, attribute, value):
    object.__setattr__(target, attribute, value)


# Magic methods a mock can be given (by assignment, or by MagicMock itself).
_MAGIC_NAMES = frozenset(
    ('__' + word + '__' for word in (
        'hash sizeof repr str dir format subclasses round floor trunc ceil '
        'lt gt le ge eq ne getitem setitem delitem contains len iter reversed missing '
        'enter exit aenter aexit neg pos invert abs complex int float index bool '
        'get set delete reduce reduce_ex getinitargs getnewargs getstate setstate fspath aiter anext '
        'divmod rdivmod add radd iadd sub rsub isub mul rmul imul matmul rmatmul imatmul '
        'truediv rtruediv itruediv floordiv rfloordiv ifloordiv mod rmod imod lshift rlshift ilshift '
        'rshift rrshift irshift and rand iand xor rxor ixor or ror ior pow rpow ipow next').split()))

# Magic methods whose use the mock machinery itself depends on: never settable.
_FORBIDDEN_MAGICS = frozenset(('__getattr__', '__setattr__', '__init__', '__new__', '__prepare__',
                               '__instancecheck__', '__subclasscheck__', '__del__'))

# The ones MagicMock does not set up by itself (descriptors, pickling and rarely wanted ones).
_OPT_IN_MAGICS = frozenset(('__repr__', '__dir__', '__format__', '__subclasses__', '__get__', '__set__',
                            '__delete__', '__reversed__', '__missing__', '__reduce__', '__reduce_ex__',
                            '__getinitargs__', '__getnewargs__', '__getstate__', '__setstate__'))

_AUTOMATIC_MAGICS = _MAGIC_NAMES - _OPT_IN_MAGICS

# Coroutine magic methods: their mocks are AsyncMocks.
_AWAITED_MAGICS = frozenset(('__aenter__', '__aexit__', '__anext__'))

# What an unconfigured magic method answers, when that is a fixed value.
_MAGIC_RESULTS = {'__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
                  '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0, '__exit__': False,
                  '__complex__': 1j, '__float__': 1.0, '__bool__': True, '__index__': 1, '__aexit__': False}


def _identity_equal(owner, other):
    return True if other is owner else NotImplemented


def _identity_unequal(owner, other):
    return False if other is owner else NotImplemented


def _as_path(owner):
    return '%s/%s/%s' % (type(owner).__name__, owner._mk_path(), id(owner))


# What an unconfigured magic method answers when that depends on the mock (called with the
# mock owning the method and the call's arguments).
_MAGIC_FALLBACKS = {
    '__eq__': lambda owner, args: _identity_equal(owner, args[0]),
    '__ne__': lambda owner, args: _identity_unequal(owner, args[0]),
    '__hash__': lambda owner, args: object.__hash__(owner),
    '__str__': lambda owner, args: object.__str__(owner),
    '__sizeof__': lambda owner, args: object.__sizeof__(owner),
    '__fspath__': lambda owner, args: _as_path(owner),
    '__iter__': lambda owner, args: [],
    '__aiter__': lambda owner, args: [],
}


class _AsyncStream:
    """What a MagicMock's __aiter__ gives: an async iterator over the configured values."""

    def __init__(self, values):
        self._values = iter(values)

    def __aiter__(self):
        return self

    async def __anext__(self):
        for value in self._values:
            return value
        raise StopAsyncIteration


def _magic_entry(name):
    """The function put on a mock's own class for a magic method: it runs whatever the mock has
    for that name (a child mock, or a function the test assigned, which gets the mock first)."""

    def entry(self, *args, **kwargs):
        return self._mk_run_magic(name, args, kwargs)

    entry.__name__ = name
    return entry


class NonCallableMock:
    """The base of every mock: attributes are child mocks made on first read, calls of those are
    recorded here too (mock_calls, method_calls). Not callable itself; Mock is."""

    def __new__(cls, *args, **kwargs):
        own_class = type(cls.__name__, (cls,), {'__doc__': cls.__doc__, '__module__': cls.__module__})
        made = object.__new__(own_class)
        _put(made, '_mk_kind', cls)
        return made

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, unsafe=False, side_effect=None,
                 return_value=DEFAULT, _role=None, **kwargs):
        _put(self, '_mk_label', name)
        _put(self, '_mk_given_name', name)
        _put(self, '_mk_holder', None)
        _put(self, '_mk_step', None)
        _put(self, '_mk_in_methods', False)
        _put(self, '_mk_children', {})
        _put(self, '_mk_magic', {})
        _put(self, '_mk_wraps', wraps)
        _put(self, '_mk_unsafe', unsafe)
        _put(self, '_mk_ret', DEFAULT)
        _put(self, '_mk_effect', None)
        # the magic method this mock stands for, when it is one (its defaults depend on it)
        _put(self, '_mk_magic_role', None)
        self._mk_clear_records()
        if spec_set is not None:
            self._mk_set_spec(spec_set, True)
        else:
            self._mk_set_spec(spec, False)
        self.return_value = return_value
        self.side_effect = side_effect
        self.configure_mock(**kwargs)

    def _mk_clear_records(self):
        _put(self, 'called', False)
        _put(self, 'call_count', 0)
        _put(self, 'call_args', None)
        _put(self, 'call_args_list', _CallList())
        _put(self, 'mock_calls', _CallList())
        _put(self, 'method_calls', _CallList())

    # ---- spec

    def _mk_set_spec(self, spec, strict):
        names = None
        spec_type = None
        awaited = set()
        if spec is not None:
            if isinstance(spec, (list, tuple)):
                names = set(spec)
            else:
                spec_type = spec if isinstance(spec, type) else type(spec)
                names = set(dir(spec))
                for candidate in names:
                    try:
                        if inspect.iscoroutinefunction(getattr(spec, candidate, None)):
                            awaited.add(candidate)
                    except Exception:
                        pass
        _put(self, '_mk_spec_names', names)
        _put(self, '_mk_spec_type', spec_type)
        _put(self, '_mk_spec_strict', bool(strict) and names is not None)
        _put(self, '_mk_spec_awaited', awaited)

    def mock_add_spec(self, spec, spec_set=False):
        """Limits the mock's attributes to those of spec (an object, or a list of names); with
        spec_set also setting others is refused."""
        self._mk_set_spec(spec, spec_set)
        if isinstance(self, MagicMixin):
            self._mk_install_magics()

    @property
    def __class__(self):
        spec_type = self._mk_spec_type
        return self._mk_kind if spec_type is None else spec_type

    # ---- return_value and side_effect

    @property
    def return_value(self):
        if self._mk_ret is DEFAULT:
            made = self._mk_new_child(None)
            self._mk_link(made, '()', None, False)
            _put(self, '_mk_ret', made)
        return self._mk_ret

    @return_value.setter
    def return_value(self, value):
        _put(self, '_mk_ret', value)
        if value is not DEFAULT:
            self._mk_adopt(value, '()', None, False)

    @property
    def side_effect(self):
        return self._mk_effect

    @side_effect.setter
    def side_effect(self, value):
        # a list or other iterable is consumed one call at a time: keep an iterator over it
        if value is not None and not callable(value) and not _is_exception(value):
            try:
                value = iter(value)
            except TypeError:
                pass
        _put(self, '_mk_effect', value)

    # ---- children and names

    def _mk_link(self, child, step, label, in_methods):
        _put(child, '_mk_holder', self)
        _put(child, '_mk_step', step)
        _put(child, '_mk_in_methods', in_methods)
        if label is not None:
            _put(child, '_mk_label', label)

    def _mk_adopt(self, value, step, label, in_methods):
        """A mock assigned to an attribute or as return value becomes a child of this one,
        unless it has a name or a holder already. Returns whether it was adopted."""
        if not _is_mock(value) or value._mk_given_name or value._mk_holder is not None:
            return False
        holder = self
        while holder is not None:
            if holder is value:
                return False
            holder = holder._mk_holder
        self._mk_link(value, step, label, in_methods)
        return True

    def _mk_child_kind(self, role):
        """The class of the child mock made for `role` (an attribute name, or None for the
        return value): the mock's own class, callable, async for coroutine methods of the spec."""
        kind = self._mk_kind
        if role in self._mk_spec_awaited:
            return AsyncMock
        if role in _AWAITED_MAGICS and issubclass(kind, MagicMixin):
            return AsyncMock
        if issubclass(kind, AsyncMockMixin):
            if role in _MAGIC_NAMES or (self._mk_spec_names is not None and role in self._mk_spec_names):
                return MagicMock
            return AsyncMock
        if issubclass(kind, CallableMixin):
            return kind
        return MagicMock if issubclass(kind, MagicMixin) else Mock

    def _get_child_mock(self, **kw):
        """Makes the mocks for attributes and return values; subclasses may override it."""
        role = kw.pop('_role', None)
        return self._mk_child_kind(role)(**kw)

    def _mk_new_child(self, role, **kw):
        return self._get_child_mock(_role=role, **kw)

    def __getattr__(self, name):
        # only reached for names the mock does not have (yet)
        if name.startswith('_mk_'):
            raise AttributeError(name)
        allowed = self._mk_spec_names
        if allowed is not None and name not in allowed:
            raise AttributeError('Mock object has no attribute %r' % name)
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        if not self._mk_unsafe and allowed is None and name.startswith(('assert', 'assret', 'asert', 'aseert',
                                                                          'assrt')):
            raise AttributeError("%r is not a valid assertion. Use a spec for the mock if %r is meant to be "
                                 "an attribute." % (name, name))
        children = self._mk_children
        child = children.get(name, _NOTHING)
        if child is _REMOVED:
            raise AttributeError(name)
        if child is _NOTHING:
            extra = {}
            if self._mk_wraps is not None:
                extra['wraps'] = getattr(self._mk_wraps, name)
            child = self._mk_new_child(name, **extra)
            self._mk_link(child, name, name, True)
            children[name] = child
        return child

    def __getattribute__(self, name):
        # a configured magic method reads as its mock (m.__len__.return_value = 3), not as the
        # function on the mock's class that len() calls
        if name in _MAGIC_NAMES and name in type(self).__dict__:
            return object.__getattribute__(self, '_mk_magic_value')(name)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name in _FORBIDDEN_MAGICS:
            raise AttributeError('Attempting to set unsupported magic method %r.' % name)
        if name.startswith('_mk_'):
            _put(self, name, value)
            return
        if (self._mk_spec_strict and name not in self._mk_spec_names and name not in self.__dict__
                and not hasattr(type(self), name)):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _MAGIC_NAMES:
            self._mk_set_magic(name, value)
            return
        if hasattr(type(self), name):
            # return_value, side_effect and other properties of the mock classes
            object.__setattr__(self, name, value)
            return
        if self._mk_adopt(value, name, name, True):
            self._mk_children[name] = value
            self.__dict__.pop(name, None)
            return
        if self._mk_children.get(name) is _REMOVED:
            del self._mk_children[name]
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        own_class = type(self)
        if name in _MAGIC_NAMES and name in own_class.__dict__:
            delattr(own_class, name)
            self._mk_magic[name] = _REMOVED
            return
        children = self._mk_children
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif children.get(name) is _REMOVED:
            raise AttributeError(name)
        children[name] = _REMOVED

    def _mk_path(self):
        """The dotted name shown in reprs: mock.a().b, or from the root's name= instead of mock."""
        steps = []
        step_from = self
        while step_from._mk_holder is not None:
            steps.append(step_from._mk_step)
            step_from = step_from._mk_holder
        text = step_from._mk_given_name or 'mock'
        for step in reversed(steps):
            text += step if step == '()' else '.' + step
        return text

    def _mk_name(self):
        """The name used in assertion messages: the mock's own name, not its path."""
        return self._mk_label or 'mock'

    def __repr__(self):
        path = self._mk_path()
        shown = '' if path == 'mock' else ' name=%r' % path
        if self._mk_spec_type is not None:
            shown += ' %s=%r' % ('spec_set' if self._mk_spec_strict else 'spec', self._mk_spec_type.__name__)
        return "<%s%s id='%s'>" % (type(self).__name__, shown, id(self))

    def __dir__(self):
        names = set(dir(type(self)))
        names.update(self.__dict__)
        names.update(key for key, child in self._mk_children.items() if child is not _REMOVED)
        if self._mk_spec_names is not None:
            names.update(self._mk_spec_names)
        if FILTER_DIR:
            names = {entry for entry in names if not entry.startswith('_mk_')}
        return sorted(names)

    # ---- magic methods

    def _mk_set_magic(self, name, value):
        own_class = type(self)
        if name not in own_class.__dict__:
            setattr(own_class, name, _magic_entry(name))
        if _is_mock(value):
            self._mk_adopt(value, name, name, False)
            _put(value, '_mk_magic_role', name)
        self._mk_magic[name] = value

    def _mk_magic_value(self, name):
        """What the mock has for a magic method; MagicMocks make a child mock on first use."""
        value = self._mk_magic.get(name, _NOTHING)
        if value is _NOTHING or value is _REMOVED:
            value = self._mk_new_child(name)
            self._mk_link(value, name, name, False)
            _put(value, '_mk_magic_role', name)
            if name in _MAGIC_RESULTS:
                value.return_value = _MAGIC_RESULTS[name]
            self._mk_magic[name] = value
        return value

    def _mk_run_magic(self, name, args, kwargs):
        target = self._mk_magic_value(name)
        if _is_mock(target):
            return target(*args, **kwargs)
        return target(self, *args, **kwargs)

    # ---- configuration

    def attach_mock(self, mock, attribute):
        """Makes mock this one's attribute, dropping its own name and holder, so that its calls
        show in this mock's mock_calls and method_calls."""
        _put(mock, '_mk_holder', None)
        _put(mock, '_mk_given_name', None)
        _put(mock, '_mk_label', None)
        setattr(self, attribute, mock)

    def configure_mock(self, **kwargs):
        """Sets attributes; a dotted name reaches into child mocks: {'method.return_value': 3}."""
        for dotted in sorted(kwargs, key=lambda key: key.count('.')):
            *route, last = dotted.split('.')
            place = self
            for step in route:
                place = getattr(place, step)
            setattr(place, last, kwargs[dotted])

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forgets every recorded call, of this mock and of its children. The configuration stays,
        except return_value and side_effect when asked."""
        seen = visited if visited is not None else set()
        if id(self) in seen:
            return
        seen.add(id(self))
        self._mk_clear_records()
        if return_value:
            _put(self, '_mk_ret', DEFAULT)
        if side_effect:
            _put(self, '_mk_effect', None)
        kin = list(self._mk_children.values()) + list(self._mk_magic.values())
        if self._mk_ret is not DEFAULT:
            kin.append(self._mk_ret)
        for child in kin:
            if _is_mock(child) and child is not self:
                child.reset_mock(seen, return_value=return_value, side_effect=side_effect)

    # ---- recording

    def _mk_record(self, args, kwargs):
        _put(self, 'called', True)
        _put(self, 'call_count', self.call_count + 1)
        this = _pair(args, kwargs)
        _put(self, 'call_args', this)
        self.call_args_list.append(this)
        self.mock_calls.append(_triple('', args, kwargs))
        # Holders see the call under the path from them: m.a().b(1) is call.a().b(1) in
        # m.mock_calls. method_calls only follow attribute steps (no return values, no magics).
        path = ''
        method_path = ''
        methods_open = True
        child = self
        while child._mk_holder is not None:
            step = child._mk_step
            if not path:
                path = step
            elif path.startswith('('):
                path = step + path
            else:
                path = step + '.' + path
            holder = child._mk_holder
            methods_open = methods_open and child._mk_in_methods
            if methods_open:
                method_path = child._mk_label + ('.' + method_path if method_path else '')
                holder.method_calls.append(_triple(method_path, args, kwargs))
            holder.mock_calls.append(_triple(path, args, kwargs))
            child = holder

    def _mk_effect_result(self, args, kwargs):
        """side_effect's answer to a call, or DEFAULT when it leaves the answer to the rest."""
        effect = self._mk_effect
        if effect is None:
            return DEFAULT
        if _is_exception(effect):
            raise effect
        if callable(effect):
            return effect(*args, **kwargs)
        produced = next(effect)
        if _is_exception(produced):
            raise produced
        return produced

    def _mk_configured_result(self, args, kwargs):
        """return_value when set, else the wrapped object's answer, else the default (for the
        mock of a magic method, CPython's answer for that method)."""
        role = self._mk_magic_role
        if self._mk_ret is not DEFAULT:
            result = self._mk_ret
        elif self._mk_wraps is not None:
            result = self._mk_wraps(*args, **kwargs)
        elif role in _MAGIC_FALLBACKS:
            result = _MAGIC_FALLBACKS[role](self._mk_holder, args)
        else:
            result = self.return_value
        if role == '__iter__':
            return iter(result)
        if role == '__aiter__':
            return _AsyncStream(result)
        return result

    def _mk_answer(self, args, kwargs):
        produced = self._mk_effect_result(args, kwargs)
        if produced is not DEFAULT:
            return produced
        return self._mk_configured_result(args, kwargs)

    # ---- assertions

    def _mk_calls_note(self):
        return '\nCalls: %r.' % (self.mock_calls,) if self.mock_calls else ''

    def assert_not_called(self):
        """The mock was never called."""
        if self.call_count:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mk_name(), self.call_count, self._mk_calls_note()))

    def assert_called(self):
        """The mock was called at least once."""
        if not self.call_count:
            raise AssertionError("Expected '%s' to have been called." % self._mk_name())

    def assert_called_once(self):
        """The mock was called exactly once."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mk_name(), self.call_count, self._mk_calls_note()))

    def assert_called_with(self, *args, **kwargs):
        """The last call had these arguments."""
        wanted = _signature_text(self._mk_name(), args, kwargs)
        last = self.call_args
        if last is None:
            raise AssertionError('expected call not found.\nExpected: %s\nActual: not called.' % wanted)
        if not _same_call(_pair(args, kwargs), last):
            raise AssertionError('expected call not found.\nExpected: %s\nActual: %s'
                                 % (wanted, _signature_text(self._mk_name(), last.args, last.kwargs)))

    def assert_called_once_with(self, *args, **kwargs):
        """The mock was called exactly once, with these arguments."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mk_name(), self.call_count, self._mk_calls_note()))
        self.assert_called_with(*args, **kwargs)

    def assert_any_call(self, *args, **kwargs):
        """Some call (not only the last) had these arguments."""
        wanted = _pair(args, kwargs)
        if not any(_same_call(wanted, seen) for seen in self.call_args_list):
            raise AssertionError('%s call not found' % _signature_text(self._mk_name(), args, kwargs))

    def assert_has_calls(self, calls, any_order=False):
        """The calls are in mock_calls: one after the other, or anywhere with any_order."""
        wanted = list(calls)
        if not any_order:
            if wanted not in self.mock_calls:
                actual = '\nActual: %r' % (self.mock_calls,) if self.mock_calls else ''
                raise AssertionError('Calls not found.\nExpected: %r%s' % (_CallList(wanted), actual))
            return
        pool = list(self.mock_calls)
        missing = tuple(one for one in wanted if not _take_matching(one, pool))
        if missing:
            raise AssertionError('%r does not contain all of %r in its call list, found %r instead'
                                 % (self._mk_name(), missing, pool))


class CallableMixin:
    """What makes a mock callable: the call is recorded, then answered by side_effect,
    return_value or the wrapped object."""

    def __call__(self, *args, **kwargs):
        self._mk_record(args, kwargs)
        return self._mk_answer(args, kwargs)


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: Mock(spec=, side_effect=, return_value=, wraps=, name=, spec_set=,
    unsafe=, **attributes). Attributes read are child Mocks; calls are recorded."""


class MagicMixin:
    """Gives a mock the magic methods, with CPython's answers until configured: len() is 0,
    iteration is empty, bool() is True, int() is 1, `in` is False, with-blocks work..."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._mk_install_magics()

    def _mk_install_magics(self):
        own_class = type(self)
        allowed = self._mk_spec_names
        for name in _AUTOMATIC_MAGICS:
            wanted = allowed is None or name in allowed
            present = name in own_class.__dict__
            if wanted and not present and self._mk_magic.get(name) is not _REMOVED:
                setattr(own_class, name, _magic_entry(name))
            elif present and not wanted:
                delattr(own_class, name)


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A MagicMock that cannot be called."""


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods set up (see MagicMixin); each one is a child mock that can
    be configured: m.__len__.return_value = 3."""


class AsyncMockMixin:
    """Calling gives a coroutine; awaiting it counts an await (await_count, await_args,
    await_args_list) and answers with side_effect (awaited if it is a coroutine function),
    return_value or the wrapped object."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._mk_clear_awaits()

    def _mk_clear_awaits(self):
        _put(self, 'await_count', 0)
        _put(self, 'await_args', None)
        _put(self, 'await_args_list', _CallList())

    def __call__(self, *args, **kwargs):
        self._mk_record(args, kwargs)
        return self._mk_awaited(args, kwargs)

    async def _mk_awaited(self, args, kwargs):
        this = _pair(args, kwargs)
        _put(self, 'await_count', self.await_count + 1)
        _put(self, 'await_args', this)
        self.await_args_list.append(this)
        try:
            produced = self._mk_effect_result(args, kwargs)
        except StopIteration:
            # a StopIteration cannot leave a coroutine: an exhausted side_effect ends like this
            raise StopAsyncIteration
        if inspect.iscoroutinefunction(self._mk_effect):
            produced = await produced
        if produced is not DEFAULT:
            return produced
        produced = self._mk_configured_result(args, kwargs)
        if self._mk_ret is DEFAULT and inspect.iscoroutinefunction(self._mk_wraps):
            produced = await produced
        return produced

    def reset_mock(self, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        self._mk_clear_awaits()

    def assert_awaited(self):
        """The mock was awaited at least once."""
        if not self.await_count:
            raise AssertionError('Expected %s to have been awaited.' % self._mk_name())

    def assert_awaited_once(self):
        """The mock was awaited exactly once."""
        if self.await_count != 1:
            raise AssertionError('Expected %s to have been awaited once. Awaited %s times.'
                                 % (self._mk_name(), self.await_count))

    def assert_awaited_with(self, *args, **kwargs):
        """The last await had these arguments."""
        wanted = _signature_text(self._mk_name(), args, kwargs)
        last = self.await_args
        if last is None:
            raise AssertionError('Expected await: %s\nNot awaited' % wanted)
        if not _same_call(_pair(args, kwargs), last):
            raise AssertionError('expected await not found.\nExpected: %s\nActual: %s'
                                 % (wanted, _signature_text(self._mk_name(), last.args, last.kwargs)))

    def assert_awaited_once_with(self, *args, **kwargs):
        """The mock was awaited exactly once, with these arguments."""
        self.assert_awaited_once()
        self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, *args, **kwargs):
        """Some await had these arguments."""
        wanted = _pair(args, kwargs)
        if not any(_same_call(wanted, seen) for seen in self.await_args_list):
            raise AssertionError('%s await not found' % _signature_text(self._mk_name(), args, kwargs))

    def assert_has_awaits(self, calls, any_order=False):
        """The awaits are in await_args_list: one after the other, or anywhere with any_order."""
        wanted = list(calls)
        if not any_order:
            if wanted not in self.await_args_list:
                raise AssertionError('Awaits not found.\nExpected: %r\nActual: %r'
                                     % (_CallList(wanted), self.await_args_list))
            return
        pool = list(self.await_args_list)
        missing = tuple(one for one in wanted if not _take_matching(one, pool))
        if missing:
            raise AssertionError('%r not all found in await list' % (missing,))

    def assert_not_awaited(self):
        """The mock was never awaited."""
        if self.await_count:
            raise AssertionError('Expected %s to not have been awaited. Awaited %s times.'
                                 % (self._mk_name(), self.await_count))


class AsyncMock(AsyncMockMixin, MagicMixin, Mock):
    """A MagicMock whose calls give coroutines (see AsyncMockMixin); its attributes are
    AsyncMocks, its magic methods stay synchronous."""


# ------------------------------------------------------------------------------------------ patching

def _load(dotted):
    """The object a dotted name stands for, importing modules along the way."""
    head, *rest = dotted.split('.')
    # sys.modules first: __main__ and modules made at run time are not files to import
    found = sys.modules[head] if head in sys.modules else __import__(head)
    reached = head
    for part in rest:
        reached += '.' + part
        if not hasattr(found, part):
            __import__(reached)
        found = getattr(found, part)
    return found


def _split_target(target):
    try:
        owner, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError('Need a valid target to patch. You supplied: %r' % (target,))
    return owner, attribute


def _carry_names(original, replacement):
    for key in ('__module__', '__name__', '__qualname__', '__doc__'):
        if hasattr(original, key):
            try:
                setattr(replacement, key, getattr(original, key))
            except (AttributeError, TypeError):
                pass
    replacement.__wrapped__ = original
    return replacement


class _Patcher:
    """What patch, patch.object, patch.multiple and patch.dict share: start()/stop() with the
    registry patch.stopall() empties, and use as a decorator of functions, coroutine functions
    and classes (whose test methods each get their own copy)."""

    _started = []

    def start(self):
        """Applies the patch until stop() (or patch.stopall())."""
        result = self.__enter__()
        _Patcher._started.append(self)
        return result

    def stop(self):
        """Undoes a start()."""
        if self in _Patcher._started:
            _Patcher._started.remove(self)
        return self.__exit__(None, None, None)

    def __call__(self, subject):
        if isinstance(subject, type):
            for key in dir(subject):
                if key.startswith(patch.TEST_PREFIX):
                    method = getattr(subject, key)
                    if callable(method):
                        setattr(subject, key, self._fresh()(method))
            return subject
        return self._wrap(subject)

    def _wrap(self, function):
        stack = getattr(function, 'patchings', None)
        if isinstance(stack, list):
            # an inner patch decorator made this wrapper already: share it
            stack.append(self)
            return function
        patchers = [self]

        def apply_all():
            entered = []
            extra_args = []
            extra_kwargs = {}
            try:
                for patcher in patchers:
                    made = patcher.__enter__()
                    entered.append(patcher)
                    patcher._mk_pass_on(made, extra_args, extra_kwargs)
            except BaseException:
                undo_all(entered, sys.exc_info())
                raise
            return entered, extra_args, extra_kwargs

        def undo_all(entered, info):
            for patcher in reversed(entered):
                patcher.__exit__(*info)

        if inspect.iscoroutinefunction(function):
            async def patched(*args, **kwargs):
                entered, extra_args, extra_kwargs = apply_all()
                try:
                    return await function(*args, *extra_args, **kwargs, **extra_kwargs)
                finally:
                    undo_all(entered, sys.exc_info())
        else:
            def patched(*args, **kwargs):
                entered, extra_args, extra_kwargs = apply_all()
                try:
                    return function(*args, *extra_args, **kwargs, **extra_kwargs)
                finally:
                    undo_all(entered, sys.exc_info())
        _carry_names(function, patched)
        patched.patchings = patchers
        return patched

    def _mk_pass_on(self, made, extra_args, extra_kwargs):
        """Adds what __enter__ made to the decorated function's arguments."""


class _AttributePatch(_Patcher):
    """Replaces attributes of one object (found by a dotted name when it is given as a string)
    and puts the originals back afterwards. One attribute for patch and patch.object, several
    for patch.multiple (which then hands its mocks over by name)."""

    def __init__(self, owner, replacements, options, by_name=False):
        self._owner = owner
        self._replacements = replacements
        self._options = options
        self._by_name = by_name
        self._undo = None

    def _fresh(self):
        return _AttributePatch(self._owner, self._replacements, self._options, self._by_name)

    def _target(self):
        return _load(self._owner) if isinstance(self._owner, str) else self._owner

    def _mk_pass_on(self, made, extra_args, extra_kwargs):
        if self._by_name:
            extra_kwargs.update(made)
        elif self._replacements[0][1] is DEFAULT:
            extra_args.append(made)

    def _replacement(self, target, attribute, new, original):
        options = self._options
        extra = options['kwargs']
        if new is not DEFAULT:
            if extra:
                raise TypeError("Can't pass kwargs to a mock we aren't creating")
            return new
        spec, spec_set = options['spec'], options['spec_set']
        if spec is True:
            spec = original
        if spec_set is True:
            spec_set = original
        factory = options['new_callable']
        if factory is None:
            shape = spec_set if spec_set is not None else spec
            if shape is None:
                is_async = original is not _NOTHING and inspect.iscoroutinefunction(original)
                factory = AsyncMock if is_async else MagicMock
            elif isinstance(shape, (list, tuple)):
                factory = NonCallableMagicMock
            elif inspect.iscoroutinefunction(shape):
                factory = AsyncMock
            elif callable(shape):
                factory = MagicMock
            else:
                factory = NonCallableMagicMock
        settings = {}
        if spec is not None and spec_set is None:
            settings['spec'] = spec
        if spec_set is not None:
            settings['spec_set'] = spec_set
        if isinstance(factory, type) and issubclass(factory, NonCallableMock):
            settings['name'] = attribute
        settings.update(extra)
        return factory(**settings)

    def __enter__(self):
        target = self._target()
        undo = []
        made = {}
        try:
            for attribute, new in self._replacements:
                # the object's own entry, put back as it was; else one it inherits or computes
                namespace = getattr(target, '__dict__', None)
                original = _NOTHING if namespace is None else namespace.get(attribute, _NOTHING)
                own = original is not _NOTHING
                if not own:
                    original = getattr(target, attribute, _NOTHING)
                may_create = self._options['create'] or (
                    isinstance(target, type(sys)) and attribute in builtins.__dict__)
                if original is _NOTHING and not may_create:
                    raise AttributeError('%s does not have the attribute %r' % (target, attribute))
                value = self._replacement(target, attribute, new, original)
                setattr(target, attribute, value)
                undo.append((attribute, original, own))
                if new is DEFAULT or not self._by_name:
                    made[attribute] = value
        except BaseException:
            self._restore(target, undo)
            raise
        self._undo = (target, undo)
        if self._by_name:
            return made
        return made[self._replacements[0][0]]

    @staticmethod
    def _restore(target, undo):
        for attribute, original, own in reversed(undo):
            if own:
                setattr(target, attribute, original)
                continue
            try:
                delattr(target, attribute)
            except AttributeError:
                pass
            if original is not _NOTHING and not hasattr(target, attribute):
                setattr(target, attribute, original)

    def __exit__(self, *exc_info):
        if self._undo is None:
            return None
        target, undo = self._undo
        self._undo = None
        self._restore(target, undo)
        return False


def _options(spec, create, spec_set, autospec, new_callable, kwargs):
    if autospec is not None:
        raise NotImplementedError("autospec is not supported by tauraro's unittest.mock")
    return {'spec': spec, 'create': create, 'spec_set': spec_set, 'new_callable': new_callable,
            'kwargs': kwargs}


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None, new_callable=None,
          **kwargs):
    """patch('package.module.name'): the named object is replaced by a MagicMock (or by new, or
    by what new_callable makes) while a decorated function runs or a with-block lasts, and put
    back afterwards. A made mock goes to the function as an extra positional argument and is
    the value of `with ... as`."""
    owner, attribute = _split_target(target)
    if new is not DEFAULT and new_callable is not None:
        raise ValueError("Cannot use 'new' and 'new_callable' together")
    return _AttributePatch(owner, [(attribute, new)], _options(spec, create, spec_set, autospec, new_callable,
                                                               kwargs))


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
                  new_callable=None, **kwargs):
    """patch.object(obj, 'name', ...): patch for an object at hand instead of a dotted name."""
    if type(target) is str:
        raise TypeError('%r must be the actual object to be patched, not a str' % (target,))
    if new is not DEFAULT and new_callable is not None:
        raise ValueError("Cannot use 'new' and 'new_callable' together")
    return _AttributePatch(target, [(attribute, new)], _options(spec, create, spec_set, autospec, new_callable,
                                                                kwargs))


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None, new_callable=None, **kwargs):
    """patch.multiple(obj_or_dotted_name, a=..., b=DEFAULT): several attributes at once; the
    mocks made for DEFAULT go to a decorated function as keyword arguments, and `with ... as`
    gives them in a dict."""
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    return _AttributePatch(target, list(kwargs.items()),
                           _options(spec, create, spec_set, autospec, new_callable, {}), by_name=True)


class _DictPatch(_Patcher):
    """patch.dict(mapping, values=(), clear=False, **more): the mapping (or the one a dotted
    name stands for) updated, or emptied first with clear=True, then restored to exactly its
    previous contents."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self._where = in_dict
        self._values = dict(values)
        self._values.update(kwargs)
        self._clear = clear
        self._saved = None

    def _fresh(self):
        return _DictPatch(self._where, self._values, self._clear)

    def __enter__(self):
        mapping = self._where
        if isinstance(mapping, str):
            mapping = _load(mapping)
        self._where = mapping
        try:
            saved = mapping.copy()
        except AttributeError:
            saved = {key: mapping[key] for key in mapping}
        self._saved = saved
        if self._clear:
            mapping.clear()
        mapping.update(self._values)
        return mapping

    def __exit__(self, *exc_info):
        if self._saved is None:
            return None
        saved, self._saved = self._saved, None
        mapping = self._where
        mapping.clear()
        mapping.update(saved)
        return False


def _patch_stopall():
    """Stops every patch started with start() and not stopped yet, the latest first."""
    for patcher in reversed(list(_Patcher._started)):
        patcher.stop()


patch.object = _patch_object
patch.dict = _DictPatch
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'
