"""unittest.mock: Mock, MagicMock, AsyncMock, call, sentinel, ANY, patch (as a decorator and a
context manager, patch.object, patch.dict, patch.multiple), written for tauraro-script from the
unittest.mock documentation and CPython 3.11's observed messages.

A mock records its calls (call_args, call_args_list, mock_calls, method_calls), answers with
return_value or side_effect, and makes a child mock for each attribute read. Each mock gets a
class of its own so that magic methods can be configured per mock.

Differences from CPython: create_autospec, autospec=, mock_open, seal and PropertyMock are absent;
spec= limits the attribute names but does not check call signatures, and isinstance(mock, Spec) is
False (tauraro's isinstance does not consult a __class__ property)."""

import asyncio
import inspect
import sys
import builtins

__all__ = ('Mock', 'MagicMock', 'NonCallableMock', 'NonCallableMagicMock', 'AsyncMock', 'patch', 'sentinel',
           'DEFAULT', 'ANY', 'call', 'FILTER_DIR')

FILTER_DIR = True


class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name


class _Sentinel:
    """sentinel.NAME: a unique named object, the same one each time it is read."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY:
    """Equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


def _format_call_signature(name, args, kwargs):
    parts = [repr(a) for a in args] + ['%s=%r' % (k, v) for k, v in kwargs.items()]
    return '%s(%s)' % (name, ', '.join(parts))


class _Call(tuple):
    """A recorded or expected call: (args, kwargs), or (name, args, kwargs) for calls in
    mock_calls. `call` makes them: call(1, a=2), call.method(3), call(1).method(2)."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        args = ()
        kwargs = {}
        if len(value) == 3:
            name, args, kwargs = value
        elif len(value) == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif len(value) == 1:
            only, = value
            if isinstance(only, tuple):
                args = only
            elif isinstance(only, str):
                name = only
            else:
                kwargs = only
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            args, kwargs = self
            return '', args, kwargs
        return tuple(self)

    def __eq__(self, other):
        try:
            n = len(other)
        except TypeError:
            return NotImplemented
        self_name, self_args, self_kwargs = self._parts()
        if (getattr(self, '_mock_parent', None) is not None and getattr(other, '_mock_parent', None) is not None
                and self._mock_parent != other._mock_parent):
            return False
        other_name = ''
        if n == 0:
            other_args, other_kwargs = (), {}
        elif n == 3:
            other_name, other_args, other_kwargs = other
        elif n == 1:
            only, = other
            if isinstance(only, tuple):
                other_args, other_kwargs = only, {}
            elif isinstance(only, str):
                other_name, other_args, other_kwargs = only, (), {}
            else:
                other_args, other_kwargs = (), only
        elif n == 2:
            first, second = other
            if isinstance(first, str):
                other_name = first
                if isinstance(second, tuple):
                    other_args, other_kwargs = second, {}
                else:
                    other_args, other_kwargs = (), second
            else:
                other_args, other_kwargs = first, second
        else:
            return False
        if self_name and other_name != self_name:
            return False
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((self._mock_name, args, kwargs), name=self._mock_name + '()', parent=self)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name='%s.%s' % (self._mock_name, attr), parent=self, from_kall=False)

    def count(self, *args, **kwargs):
        return self.__getattr__('count')(*args, **kwargs)

    def index(self, *args, **kwargs):
        return self.__getattr__('index')(*args, **kwargs)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call%s' % name
            return name
        name, args, kwargs = self._parts()
        if not name:
            name = 'call'
        elif name.startswith('()'):
            name = 'call%s' % name
        else:
            name = 'call.%s' % name
        return _format_call_signature(name, args, kwargs)


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls where `[c1, c2] in calls` asks for c1, c2 as a contiguous run."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        for i in range(len(self) - n + 1):
            if self[i:i + n] == value:
                return True
        return False

    def __repr__(self):
        import pprint
        return pprint.pformat(list(self))


def _is_exception(obj):
    return isinstance(obj, BaseException) or isinstance(obj, type) and issubclass(obj, BaseException)


def _is_instance_mock(obj):
    return isinstance(obj, NonCallableMock)


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


# magic methods a MagicMock supports, and what they return until configured
_RETURNS = {'__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
            '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0, '__exit__': False,
            '__float__': 1.0, '__bool__': True, '__index__': 1, '__aexit__': False}
_SYNC_MAGICS = {'__lt__', '__gt__', '__le__', '__ge__', '__int__', '__contains__', '__len__', '__exit__',
                '__float__', '__bool__', '__index__', '__hash__', '__str__', '__sizeof__', '__enter__',
                '__iter__', '__eq__', '__ne__', '__getitem__', '__setitem__', '__delitem__', '__add__',
                '__sub__', '__mul__', '__truediv__', '__floordiv__', '__mod__', '__neg__', '__pos__', '__abs__',
                '__invert__', '__round__', '__trunc__', '__floor__', '__ceil__', '__next__', '__fspath__',
                '__reversed__', '__missing__', '__and__', '__or__', '__xor__', '__lshift__', '__rshift__',
                '__pow__', '__matmul__', '__radd__', '__rsub__', '__rmul__', '__iadd__', '__isub__', '__imul__'}
_ASYNC_MAGICS = {'__aenter__', '__aexit__', '__anext__', '__aiter__'}
_MAGICS = _SYNC_MAGICS | _ASYNC_MAGICS
_UNSUPPORTED_MAGICS = {'__getattr__', '__setattr__', '__init__', '__new__', '__prepare__', '__instancecheck__',
                       '__subclasscheck__', '__del__'}


def _default_magic_result(mock, name):
    """What a magic method of a MagicMock returns until configured (None: its child mock's default)."""
    if name in _RETURNS:
        return _RETURNS[name]
    if name == '__hash__':
        return object.__hash__(mock)
    if name == '__str__':
        return object.__str__(mock)
    if name == '__sizeof__':
        return object.__sizeof__(mock) if hasattr(object, '__sizeof__') else 0
    if name == '__fspath__':
        return "%s/%s/%s" % (type(mock).__name__, mock._extract_mock_name(), id(mock))
    return DEFAULT


def _magic_method(name):
    """The function installed on a MagicMock's own class for a magic method: it calls the child
    mock of that name (configured by the test, or made on first use)."""
    def method(self, *args, **kwargs):
        return self._magic_child(name)(*args, **kwargs)
    method.__name__ = name
    return method


_INTERNAL = {'return_value', 'side_effect', 'called', 'call_count', 'call_args', 'call_args_list', 'mock_calls',
             'method_calls', 'await_count', 'await_args', 'await_args_list'}


class NonCallableMock:
    """A mock that is not callable: the base of all mocks."""

    def __new__(cls, *args, **kwargs):
        # each mock has a class of its own, so that its magic methods can be set without touching others
        own = type(cls.__name__, (cls,), {'__doc__': cls.__doc__})
        instance = object.__new__(own)
        object.__setattr__(instance, '_mock_class', cls)
        return instance

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None, _spec_state=None,
                 _new_name='', _new_parent=None, _spec_as_instance=False, _eat_self=None, unsafe=False,
                 side_effect=None, return_value=DEFAULT, **kwargs):
        own = object.__setattr__
        own(self, '_mock_parent', parent)
        own(self, '_mock_name', name)
        own(self, '_mock_new_name', _new_name)
        own(self, '_mock_new_parent', _new_parent)
        own(self, '_mock_unsafe', unsafe)
        own(self, '_mock_children', {})
        own(self, '_mock_wraps', wraps)
        own(self, '_mock_return_value', return_value)
        own(self, '_mock_side_effect', None)
        own(self, 'called', False)
        own(self, 'call_count', 0)
        own(self, 'call_args', None)
        own(self, 'call_args_list', _CallList())
        own(self, 'mock_calls', _CallList())
        own(self, 'method_calls', _CallList())
        own(self, '_spec_asyncs', [])
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        self._mock_add_spec(spec, spec_set)
        self.side_effect = side_effect
        self.configure_mock(**kwargs)

    def _mock_add_spec(self, spec, spec_set):
        spec_class = None
        methods = None
        asyncs = []
        if spec is not None:
            if isinstance(spec, (list, tuple)) and not isinstance(spec, str):
                methods = list(spec)
            else:
                spec_class = spec if isinstance(spec, type) else type(spec)
                methods = dir(spec)
                for name in methods:
                    try:
                        if inspect.iscoroutinefunction(getattr(spec, name, None)):
                            asyncs.append(name)
                    except Exception:
                        pass
        own = object.__setattr__
        own(self, '_spec_class', spec_class)
        own(self, '_spec_set', spec_set)
        own(self, '_mock_methods', methods)
        own(self, '_spec_asyncs', asyncs)

    def mock_add_spec(self, spec, spec_set=False):
        """Restricts the mock's attributes to those of spec (a list of names or an object)."""
        self._mock_add_spec(spec, spec_set)

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    def attach_mock(self, mock, attribute):
        """Makes mock the attribute of this one: its calls then show in this one's mock_calls."""
        inner = mock
        object.__setattr__(inner, '_mock_parent', None)
        object.__setattr__(inner, '_mock_new_parent', None)
        object.__setattr__(inner, '_mock_name', '')
        object.__setattr__(inner, '_mock_new_name', None)
        setattr(self, attribute, mock)

    def configure_mock(self, **kwargs):
        """Sets attributes, dotted names reaching child mocks: configure_mock(**{'a.b.return_value': 1})."""
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count('.')):
            *path, final = arg.split('.')
            obj = self
            for entry in path:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def _get_return_value(self):
        ret = self._mock_return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            object.__setattr__(self, '_mock_return_value', ret)
        return ret

    def _set_return_value(self, value):
        object.__setattr__(self, '_mock_return_value', value)
        self._adopt(value, None, '()')

    return_value = property(_get_return_value, _set_return_value)

    def _get_side_effect(self):
        return self._mock_side_effect

    def _set_side_effect(self, value):
        if value is not None and not _is_exception(value) and not callable(value):
            try:
                value = iter(value)
            except TypeError:
                pass
        object.__setattr__(self, '_mock_side_effect', value)

    side_effect = property(_get_side_effect, _set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forgets the calls made (of this mock and its children); keeps the configuration unless asked."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        own = object.__setattr__
        own(self, 'called', False)
        own(self, 'call_args', None)
        own(self, 'call_count', 0)
        own(self, 'mock_calls', _CallList())
        own(self, 'call_args_list', _CallList())
        own(self, 'method_calls', _CallList())
        if return_value:
            own(self, '_mock_return_value', DEFAULT)
        if side_effect:
            own(self, '_mock_side_effect', None)
        for child in self._mock_children.values():
            if _is_instance_mock(child):
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = self._mock_return_value
        if _is_instance_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def _adopt(self, value, name, new_name):
        """Makes a mock assigned as an attribute (or return value) a child of this one, unless it has a parent."""
        if not _is_instance_mock(value):
            return False
        if value._mock_name or value._mock_new_name or value._mock_parent is not None \
                or value._mock_new_parent is not None:
            return False
        object.__setattr__(value, '_mock_new_parent', self)
        object.__setattr__(value, '_mock_new_name', new_name)
        if name:
            object.__setattr__(value, '_mock_parent', self)
            object.__setattr__(value, '_mock_name', name)
        return True

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_unsafe', '_mock_children', '_spec_class', '_mock_class'):
            raise AttributeError(name)
        if self._mock_methods is not None:
            if name not in self._mock_methods or name in _MAGICS:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        if not self._mock_unsafe and name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
            raise AttributeError("%r is not a valid assertion. Use a spec for the mock if %r is meant to be an "
                                 "attribute." % (name, name))
        children = self._mock_children
        result = children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps, _new_name=name, _new_parent=self)
            children[name] = result
        return result

    def __setattr__(self, name, value):
        if name in ('return_value', 'side_effect'):
            object.__setattr__(self, name, value)   # the properties
            return
        if name in _UNSUPPORTED_MAGICS:
            raise AttributeError("Attempting to set unsupported magic method %r." % name)
        if (self._spec_set and self._mock_methods is not None and name not in self._mock_methods
                and name not in self.__dict__ and name not in _INTERNAL):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _MAGICS:
            if not isinstance(self, MagicMixin) and name not in type(self).__dict__:
                setattr(type(self), name, _magic_method(name))
            if not _is_instance_mock(value):
                function = value
                value = lambda *args, **kw: function(self, *args, **kw)
            else:
                self._adopt(value, None, name)
            self._mock_children[name] = value
            return
        if self._adopt(value, name, name):
            self._mock_children[name] = value
            return
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _MAGICS and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                return
        obj = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif obj is _deleted:
            raise AttributeError(name)
        if obj is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    def _extract_mock_name(self):
        names = [self._mock_new_name]
        parent = self._mock_new_parent
        last = self
        dot = '' if names == ['()'] else '.'
        while parent is not None:
            last = parent
            names.append(parent._mock_new_name + dot)
            dot = '' if parent._mock_new_name == '()' else '.'
            parent = parent._mock_new_parent
        names.reverse()
        first = last._mock_name or 'mock'
        if len(names) > 1 and names[1] not in ('()', '().'):
            first += '.'
        names[0] = first
        return ''.join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = '' if name in ('mock', 'mock.') else ' name=%r' % name
        spec_string = ''
        if self._spec_class is not None:
            spec_string = (' spec_set=%r' if self._spec_set else ' spec=%r') % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string, spec_string, id(self))

    def __dir__(self):
        extras = self._mock_methods or []
        children = [k for k, v in self._mock_children.items() if v is not _deleted]
        return sorted(set(extras + children + list(self.__dict__) + dir(type(self))))

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self._format_mock_call_signature(*self.call_args)
        return 'expected %s not found.\nExpected: %s\n  Actual: %s' % (action, expected, actual)

    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return "\n%s: %s." % (prefix, _safe_repr(self.mock_calls))

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % (self._mock_name or 'mock'))

    def assert_called_once(self):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))

    def assert_called_with(self, *args, **kwargs):
        """The last call had these arguments."""
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: not called.' % expected)
        if self.call_args != _Call((args, kwargs), two=True):
            raise AssertionError(self._format_mock_failure_message(args, kwargs))

    def assert_called_once_with(self, *args, **kwargs):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """calls are in mock_calls: as a contiguous run, or anywhere with any_order."""
        expected = list(calls)
        all_calls = _CallList(self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                raise AssertionError('Calls not found.\nExpected: %r%s'
                                     % (_CallList(calls), self._calls_repr(prefix="  Actual").rstrip(".")))
            return
        remaining = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r does not contain all of %r in its call list, found %r instead'
                                 % (self._mock_name or 'mock', tuple(not_found), remaining))

    def assert_any_call(self, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        if not any(expected == c for c in self.call_args_list):
            raise AssertionError('%s call not found' % self._format_mock_call_signature(args, kwargs))

    def _magic_child(self, name):
        children = self._mock_children
        child = children.get(name)
        if child is None:
            child = self._get_child_mock(name=name, _new_name=name, _new_parent=self)
            result = _default_magic_result(self, name)
            if name == '__eq__':
                def eq(other):
                    configured = child._mock_return_value
                    if configured is not DEFAULT:
                        return configured
                    return True if self is other else NotImplemented
                child.side_effect = eq
            elif name == '__ne__':
                def ne(other):
                    configured = child._mock_return_value
                    if configured is not DEFAULT:
                        return configured
                    return False if self is other else NotImplemented
                child.side_effect = ne
            elif name == '__iter__':
                def it():
                    configured = child._mock_return_value
                    return iter([]) if configured is DEFAULT else iter(configured)
                child.side_effect = it
            elif name == '__aiter__':
                def ait():
                    configured = child._mock_return_value
                    return _AsyncIterator(iter([]) if configured is DEFAULT else iter(configured))
                child.side_effect = ait
            elif result is not DEFAULT:
                object.__setattr__(child, '_mock_return_value', result)
            children[name] = child
        return child

    def _get_child_mock(self, **kw):
        new_name = kw.get("_new_name")
        if new_name in self._spec_asyncs:
            return AsyncMock(**kw)
        cls = self._mock_class
        if issubclass(cls, MagicMock) and new_name in _ASYNC_MAGICS:
            klass = AsyncMock
        elif issubclass(cls, AsyncMockMixin):
            if new_name in _SYNC_MAGICS or (self._mock_methods and new_name in self._mock_methods):
                klass = MagicMock
            else:
                klass = AsyncMock
        elif issubclass(cls, NonCallableMagicMock):
            klass = MagicMock
        elif not issubclass(cls, CallableMixin):
            klass = Mock
        else:
            klass = cls
        return klass(**kw)


class CallableMixin:
    """What makes a mock callable: records the call, then answers with side_effect or return_value."""

    def __call__(self, *args, **kwargs):
        self._record_call(args, kwargs)
        return self._answer(args, kwargs)

    def _record_call(self, args, kwargs):
        own = object.__setattr__
        own(self, 'called', True)
        own(self, 'call_count', self.call_count + 1)
        this = _Call((args, kwargs), two=True)
        own(self, 'call_args', this)
        self.call_args_list.append(this)
        self.mock_calls.append(_Call(('', args, kwargs)))
        # the call shows in the ancestors' mock_calls (and method_calls) under its dotted name
        method_name = self._mock_name
        in_methods = self._mock_parent is not None
        call_name = self._mock_new_name
        is_a_call = call_name == '()'
        parent = self._mock_new_parent
        while parent is not None:
            if in_methods:
                parent.method_calls.append(_Call((method_name, args, kwargs)))
                in_methods = parent._mock_parent is not None
                if in_methods:
                    method_name = parent._mock_name + '.' + method_name
            parent.mock_calls.append(_Call((call_name, args, kwargs)))
            if parent._mock_new_name:
                dot = '' if is_a_call else '.'
                is_a_call = parent._mock_new_name == '()'
                call_name = parent._mock_new_name + dot + call_name
            parent = parent._mock_new_parent

    def _answer(self, args, kwargs):
        effect = self._mock_side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: every attribute read is a child Mock; calls are recorded.

    Mock(spec=, side_effect=, return_value=, wraps=, name=, spec_set=, unsafe=, **attributes)."""


class MagicMixin:
    """Magic methods (__len__, __iter__, __enter__, ...) with CPython's defaults, each a child mock."""

    def __getattribute__(self, name):
        # m.__len__ is the child mock that len(m) calls, not the function on the mock's class
        if name in _MAGICS and name in type(self).__dict__:
            return object.__getattribute__(self, '_magic_child')(name)
        return object.__getattribute__(self, name)

    def _mock_set_magics(self):
        own_class = type(self)
        allowed = self._mock_methods
        for name in _MAGICS:
            if allowed is not None and name not in allowed:
                continue
            setattr(own_class, name, _magic_method(name))

class _AsyncIterator:
    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A MagicMock that is not callable."""

    def __init__(self, *args, **kw):
        NonCallableMock.__init__(self, *args, **kw)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods configured: len() is 0, iter() empty, bool() True, with-blocks work..."""

    def __init__(self, *args, **kw):
        Mock.__init__(self, *args, **kw)
        self._mock_set_magics()


class AsyncMockMixin:
    """Calling returns a coroutine; awaiting it answers with side_effect or return_value and
    records the await (await_count, await_args, await_args_list)."""

    def _init_awaits(self):
        own = object.__setattr__
        own(self, 'await_count', 0)
        own(self, 'await_args', None)
        own(self, 'await_args_list', _CallList())

    def __call__(self, *args, **kwargs):
        self._record_call(args, kwargs)
        return self._execute_awaited(args, kwargs)

    async def _execute_awaited(self, args, kwargs):
        this = _Call((args, kwargs), two=True)
        object.__setattr__(self, 'await_count', self.await_count + 1)
        object.__setattr__(self, 'await_args', this)
        self.await_args_list.append(this)
        effect = self._mock_side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            elif inspect.iscoroutinefunction(effect):
                result = await effect(*args, **kwargs)
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            if inspect.iscoroutinefunction(self._mock_wraps):
                return await self._mock_wraps(*args, **kwargs)
            return self._mock_wraps(*args, **kwargs)
        return self.return_value

    def assert_awaited(self):
        if self.await_count == 0:
            raise AssertionError("Expected %s to have been awaited." % (self._mock_name or 'mock'))

    def assert_awaited_once(self):
        if not self.await_count == 1:
            raise AssertionError("Expected %s to have been awaited once. Awaited %s times."
                                 % (self._mock_name or 'mock', self.await_count))

    def assert_awaited_with(self, *args, **kwargs):
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('Expected await: %s\nNot awaited' % (expected,))
        if self.await_args != _Call((args, kwargs), two=True):
            expected = self._format_mock_call_signature(args, kwargs)
            actual = self._format_mock_call_signature(*self.await_args)
            raise AssertionError('expected await not found.\nExpected: %s\n  Actual: %s' % (expected, actual))

    def assert_awaited_once_with(self, *args, **kwargs):
        if not self.await_count == 1:
            raise AssertionError("Expected %s to have been awaited once. Awaited %s times."
                                 % (self._mock_name or 'mock', self.await_count))
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        if not any(expected == c for c in self.await_args_list):
            raise AssertionError('%s await not found' % self._format_mock_call_signature(args, kwargs))

    def assert_has_awaits(self, calls, any_order=False):
        expected = list(calls)
        all_awaits = list(self.await_args_list)
        if not any_order:
            if expected not in _CallList(all_awaits):
                raise AssertionError('Awaits not found.\nExpected: %r\nActual: %r' % (_CallList(calls), self.await_args_list))
            return
        not_found = []
        for kall in expected:
            try:
                all_awaits.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r not all found in await list' % (tuple(not_found),))

    def assert_not_awaited(self):
        if self.await_count != 0:
            raise AssertionError("Expected %s to not have been awaited. Awaited %s times."
                                 % (self._mock_name or 'mock', self.await_count))

    def reset_mock(self, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        self._init_awaits()


class AsyncMock(AsyncMockMixin, MagicMixin, Mock):
    """A MagicMock whose calls return coroutines (see AsyncMockMixin)."""

    def __init__(self, *args, **kw):
        Mock.__init__(self, *args, **kw)
        self._init_awaits()
        self._mock_set_magics()


# ---------------------------------------------------------------------------- patch

def _importer(target):
    parts = target.split('.')
    name = parts.pop(0)
    thing = sys.modules[name] if name in sys.modules else __import__(name)
    for part in parts:
        name += '.' + part
        try:
            thing = getattr(thing, part)
        except AttributeError:
            __import__(name)
            thing = getattr(thing, part)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError("Need a valid target to patch. You supplied: %r" % (target,))
    return lambda: _importer(target), attribute


class _Startable:
    """start()/stop(): a patch applied outside a with block, until stop() or patch.stopall()."""

    _active_patches = []

    def start(self):
        result = self.__enter__()
        _Startable._active_patches.append(self)
        return result

    def stop(self):
        try:
            _Startable._active_patches.remove(self)
        except ValueError:
            pass
        return self.__exit__(None, None, None)


class _patch(_Startable):
    """One attribute replaced while a function runs or a with block lasts, then put back."""

    attribute_name = None

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
        if autospec is not None:
            raise NotImplementedError("autospec is not supported by tauraro's unittest.mock")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.kwargs = kwargs
        self.additional_patchers = []

    def copy(self):
        patcher = _patch(self.getter, self.attribute, self.new, self.spec, self.create, self.spec_set, None,
                         self.new_callable, self.kwargs)
        patcher.attribute_name = self.attribute_name
        patcher.additional_patchers = [p.copy() for p in self.additional_patchers]
        return patcher

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        if inspect.iscoroutinefunction(func):
            return self.decorate_async_callable(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not callable(attr_value):
                continue
            setattr(klass, attr, self.copy()(attr_value))
        return klass

    def _extra_args(self, entered, args, keywargs):
        # the mocks patch made (not those given as new=) go after the positional arguments
        for patching, value in entered:
            if patching.attribute_name is not None:
                keywargs.update(value)
            elif patching.new is DEFAULT:
                args += (value,)
        return args, keywargs

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        def patched(*args, **keywargs):
            entered = []
            try:
                for patching in patched.patchings:
                    entered.append((patching, patching.__enter__()))
                args, keywargs = self._extra_args(entered, args, keywargs)
                return func(*args, **keywargs)
            finally:
                info = sys.exc_info()
                for patching, _ in reversed(entered):
                    patching.__exit__(*info)

        _copy_names(func, patched)
        patched.patchings = [self]
        return patched

    def decorate_async_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        async def patched(*args, **keywargs):
            entered = []
            try:
                for patching in patched.patchings:
                    entered.append((patching, patching.__enter__()))
                args, keywargs = self._extra_args(entered, args, keywargs)
                return await func(*args, **keywargs)
            finally:
                info = sys.exc_info()
                for patching, _ in reversed(entered):
                    patching.__exit__(*info)

        _copy_names(func, patched)
        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in builtins.__dict__ and isinstance(target, type(sys)):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def __enter__(self):
        new, spec, spec_set = self.new, self.spec, self.spec_set
        new_callable = self.new_callable
        self.target = self.getter()
        original, local = self.get_original()
        if new is DEFAULT:
            if spec is True:
                spec = original
            if spec_set is True:
                spec_set = original
                spec = None
            if new_callable is not None:
                klass = new_callable
            elif spec is not None or spec_set is not None:
                this_spec = spec if spec_set is None else spec_set
                if inspect.iscoroutinefunction(this_spec):
                    klass = AsyncMock
                elif isinstance(this_spec, type) or callable(this_spec) and not isinstance(this_spec, (list, tuple)):
                    klass = MagicMock
                else:
                    klass = NonCallableMagicMock
            elif original is not DEFAULT and inspect.iscoroutinefunction(original):
                klass = AsyncMock
            else:
                klass = MagicMock
            kwargs = {}
            if spec is not None:
                kwargs['spec'] = spec
            if spec_set is not None:
                kwargs['spec_set'] = spec_set
            kwargs.update(self.kwargs)
            new = klass(**kwargs)
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        new_attr = new
        self.temp_original = original
        self.is_local = local
        setattr(self.target, self.attribute, new_attr)
        if self.attribute_name is not None:
            extra_args = {}
            if self.new is DEFAULT:
                extra_args[self.attribute_name] = new
            for patching in self.additional_patchers:
                arg = patching.__enter__()
                if patching.new is DEFAULT:
                    extra_args.update(arg)
            return extra_args
        return new

    def __exit__(self, *exc_info):
        if not hasattr(self, 'temp_original'):
            return False
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute)
                                    or self.attribute in ('__doc__', '__module__', '__defaults__', '__annotations__',
                                                          '__kwdefaults__')):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        for patcher in reversed(self.additional_patchers):
            patcher.__exit__(*exc_info)
        return False



def _copy_names(source, target):
    for name in ('__name__', '__qualname__', '__doc__', '__module__'):
        try:
            setattr(target, name, getattr(source, name))
        except AttributeError:
            pass
    target.__wrapped__ = source


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None, new_callable=None, **kwargs):
    """patch('module.name'): replaces module.name by a MagicMock (or new) while the decorated
    function runs or the with block lasts; the made mock is passed to the function as its last
    positional argument, or is the value of `with ... as`."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
                  new_callable=None, **kwargs):
    if type(target) is str:
        raise TypeError("%r must be the actual object to be patched, not a str" % (target,))
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None, new_callable=None, **kwargs):
    if type(target) is str:
        getter = lambda: _importer(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        this_patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
        this_patcher.attribute_name = attribute
        patcher.additional_patchers.append(this_patcher)
    return patcher


class _patch_dict(_Startable):
    """patch.dict(d, values, clear=False, **kw): d updated (or cleared and filled) for a while, then restored."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            for attr in dir(f):
                attr_value = getattr(f, attr)
                if attr.startswith(patch.TEST_PREFIX) and callable(attr_value):
                    setattr(f, attr, _patch_dict(self.in_dict, self.values, self.clear)(attr_value))
            return f
        if inspect.iscoroutinefunction(f):
            async def _inner(*args, **kw):
                self._patch_dict()
                try:
                    return await f(*args, **kw)
                finally:
                    self._unpatch_dict()
        else:
            def _inner(*args, **kw):
                self._patch_dict()
                try:
                    return f(*args, **kw)
                finally:
                    self._unpatch_dict()
        _copy_names(f, _inner)
        return _inner

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if self.clear:
            in_dict.clear()
        in_dict.update(self.values)

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        in_dict.clear()
        in_dict.update(original)

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False



def _patch_stopall():
    for patcher in reversed(list(_Startable._active_patches)):
        patcher.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'
