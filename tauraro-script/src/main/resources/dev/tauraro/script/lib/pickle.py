"""pickle: serializing script objects to bytes in CPython's pickle format, written for
tauraro-script from the pickle documentation and the format's opcodes (pickletools).

dumps writes protocols 3 to 5 (4 by default) as CPython's pickler does for None, bools, ints,
floats, str, bytes, tuples, lists, dicts, sets, frozensets, classes and functions by reference,
exceptions, and instances of script classes (__reduce_ex__/__reduce__, __getnewargs__,
__getstate__/__setstate__, __slots__); loads reads pickles of protocols 0 to 5 made by CPython
or by this module. Differences from CPython: payloads larger
than 64 KiB are framed differently (the bytes differ, loading them does not); out-of-band buffers,
persistent ids, the extension registry and dispatch_table are absent; protocols 0 to 2 (Python 2's
names) are read but not written."""

import io
import struct
import sys
from copyreg import __newobj__, _reconstructor

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump", "dumps", "load",
           "loads", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


# opcodes (pickletools names)
MARK, STOP, POP, POP_MARK, DUP = b'(', b'.', b'0', b'1', b'2'
FLOAT, INT, BININT, BININT1, LONG, BININT2 = b'F', b'I', b'J', b'K', b'L', b'M'
NONE, PERSID, BINPERSID, REDUCE = b'N', b'P', b'Q', b'R'
STRING, BINSTRING, SHORT_BINSTRING, UNICODE, BINUNICODE = b'S', b'T', b'U', b'V', b'X'
APPEND, BUILD, GLOBAL, DICT, EMPTY_DICT, APPENDS = b'a', b'b', b'c', b'd', b'}', b'e'
GET, BINGET, INST, LONG_BINGET, LIST, EMPTY_LIST = b'g', b'h', b'i', b'j', b'l', b']'
OBJ, PUT, BINPUT, LONG_BINPUT, SETITEM, TUPLE = b'o', b'p', b'q', b'r', b's', b't'
EMPTY_TUPLE, SETITEMS, BINFLOAT = b')', b'u', b'G'
PROTO, NEWOBJ, EXT1, EXT2, EXT4 = b'\x80', b'\x81', b'\x82', b'\x83', b'\x84'
TUPLE1, TUPLE2, TUPLE3, NEWTRUE, NEWFALSE = b'\x85', b'\x86', b'\x87', b'\x88', b'\x89'
LONG1, LONG4 = b'\x8a', b'\x8b'
BINBYTES, SHORT_BINBYTES = b'B', b'C'
SHORT_BINUNICODE, BINUNICODE8, BINBYTES8, EMPTY_SET = b'\x8c', b'\x8d', b'\x8e', b'\x8f'
ADDITEMS, FROZENSET, NEWOBJ_EX, STACK_GLOBAL, MEMOIZE, FRAME = b'\x90', b'\x91', b'\x92', b'\x93', b'\x94', b'\x95'
BYTEARRAY8, NEXT_BUFFER, READONLY_BUFFER = b'\x96', b'\x97', b'\x98'

_FRAME_TARGET = 64 * 1024
_BATCH = 1000


def _encode_long(x):
    """x as little-endian two's complement in the fewest bytes (b'' for 0)."""
    if x == 0:
        return b''
    n = (x.bit_length() >> 3) + 1
    data = x.to_bytes(n, 'little', signed=True)
    if x < 0 and n > 1 and data[-1] == 0xff and (data[-2] & 0x80) != 0:
        data = data[:-1]
    return data


def _decode_long(data):
    return int.from_bytes(data, 'little', signed=True)


def _whichmodule(obj, name):
    module = getattr(obj, '__module__', None)
    if module is not None:
        return module
    # built-in functions carry no __module__ here; CPython's say 'builtins'
    import builtins
    if '.' not in name and getattr(builtins, name, None) is obj:
        return 'builtins'
    for mname, m in list(sys.modules.items()):
        if mname == '__main__' or m is None:
            continue
        try:
            if _getattribute(m, name) is obj:
                return mname
        except AttributeError:
            pass
    return '__main__'


def _getattribute(obj, qualname):
    for part in qualname.split('.'):
        if part == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(qualname, obj))
        obj = getattr(obj, part)
    return obj


def _module_level(builtin):
    """Whether a built-in function is a module's (len, math.sqrt), not a method bound to an object."""
    owner = getattr(builtin, '__self__', None)
    return owner is None or type(owner).__name__ == 'module'


def _import(module):
    if module in sys.modules:
        return sys.modules[module]
    __import__(module)
    return sys.modules[module]


def _batches(items):
    """items in lists of up to 1000, as CPython's pickler groups APPENDS and SETITEMS."""
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == _BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


class Pickler:
    """Pickler(file, protocol=None): dump(obj) writes obj's pickle to file."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if protocol < 3:
            raise ValueError("pickle protocol %d is not written by tauraro's pickle (3 to 5 are)" % protocol)
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.proto = protocol
        self.memo = {}
        self.fast = 0
        self.bin = True

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        self._out = []       # the current frame (protocol 4+) or the whole pickle
        self._out_len = 0
        self._file_write(PROTO + bytes([self.proto]))
        self.save(obj)
        self.write(STOP)
        self._commit_frame(force=True)

    # -------------------------------------------------------------- framing
    def write(self, data):
        self._out.append(data)
        self._out_len += len(data)

    def _commit_frame(self, force=False):
        if not self._out or (self._out_len < _FRAME_TARGET and not force):
            return
        data = b''.join(self._out)
        self._out = []
        self._out_len = 0
        if self.proto >= 4 and len(data) >= 4:
            self._file_write(FRAME + struct.pack('<Q', len(data)))
        self._file_write(data)

    # -------------------------------------------------------------- memo
    def memoize(self, obj):
        idx = len(self.memo)
        if self.proto >= 4:
            self.write(MEMOIZE)
        elif idx < 256:
            self.write(BINPUT + bytes([idx]))
        else:
            self.write(LONG_BINPUT + struct.pack('<I', idx))
        self.memo[id(obj)] = (idx, obj)

    def _get(self, idx):
        if idx < 256:
            return BINGET + bytes([idx])
        return LONG_BINGET + struct.pack('<I', idx)

    # -------------------------------------------------------------- save
    def save(self, obj, save_persistent_id=True):
        self._commit_frame()
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self._get(x[0]))
            return
        t = type(obj)
        if obj is None:
            self.write(NONE)
        elif t is bool:
            self.write(NEWTRUE if obj else NEWFALSE)
        elif t is int:
            self._save_int(obj)
        elif t is float:
            self.write(BINFLOAT + struct.pack('>d', obj))
        elif t is str:
            self._save_str(obj)
        elif t is bytes:
            self._save_bytes(obj)
        elif t is bytearray:
            if self.proto >= 5:
                self.write(BYTEARRAY8 + struct.pack('<Q', len(obj)) + obj)
                self.memoize(obj)
            else:
                self._save_reduce(bytearray, (bytes(obj),), obj=obj)
        elif t is tuple:
            self._save_tuple(obj)
        elif t is list:
            self.write(EMPTY_LIST)
            self.memoize(obj)
            self._batch_appends(obj)
        elif t is dict:
            self.write(EMPTY_DICT)
            self.memoize(obj)
            self._batch_setitems(obj.items())
        elif t is set:
            if self.proto >= 4:
                self._save_set(obj)
            else:
                self._save_reduce(set, (list(obj),), obj=obj)
        elif t is frozenset:
            if self.proto >= 4:
                self._save_frozenset(obj)
            else:
                self._save_reduce(frozenset, (list(obj),), obj=obj)
        elif t is complex or t is slice:   # the reduce of complex.__reduce__ and slice.__reduce__
            self._save_reduce(t, (obj.real, obj.imag) if t is complex else (obj.start, obj.stop, obj.step), obj=obj)
        elif obj is Ellipsis or obj is NotImplemented:
            self.save_global(obj, 'Ellipsis' if obj is Ellipsis else 'NotImplemented')
        elif obj is type(None) or obj is type(Ellipsis) or obj is type(NotImplemented):
            # the singletons' types are no builtins names: type(None) rebuilds one, as CPython's save_type
            self._save_reduce(type, (None if obj is type(None) else Ellipsis if obj is type(Ellipsis) else NotImplemented,),
                              obj=obj)
        elif t.__name__ == 'method' and t.__module__ == 'builtins':
            # a bound method is getattr(its object, its name), as method.__reduce__ gives it
            self._save_reduce(getattr, (obj.__self__, obj.__func__.__name__), obj=obj)
        elif t.__name__ == 'method_descriptor' and t.__module__ == 'builtins':
            self._save_reduce(getattr, (obj.__objclass__, obj.__name__), obj=obj)   # str.upper
        elif t.__name__ == 'builtin_function_or_method' and not _module_level(obj):
            self._save_reduce(getattr, (obj.__self__, obj.__name__), obj=obj)   # [].append, {}.get
        elif isinstance(obj, type) or type(obj).__name__ in ('function', 'builtin_function_or_method'):
            self.save_global(obj)   # by reference: module and qualified name
        else:
            self._save_reduced(obj)

    def _save_int(self, obj):
        if 0 <= obj <= 0xff:
            self.write(BININT1 + bytes([obj]))
        elif 0 <= obj <= 0xffff:
            self.write(BININT2 + struct.pack('<H', obj))
        elif -0x80000000 <= obj <= 0x7fffffff:
            self.write(BININT + struct.pack('<i', obj))
        else:
            data = _encode_long(obj)
            n = len(data)
            if n < 256:
                self.write(LONG1 + bytes([n]) + data)
            else:
                self.write(LONG4 + struct.pack('<i', n) + data)

    def _save_str(self, obj):
        data = obj.encode('utf-8', 'surrogatepass')
        n = len(data)
        if n <= 0xff and self.proto >= 4:
            self.write(SHORT_BINUNICODE + bytes([n]) + data)
        elif n > 0xffffffff and self.proto >= 4:
            self.write(BINUNICODE8 + struct.pack('<Q', n) + data)
        else:
            self.write(BINUNICODE + struct.pack('<I', n) + data)
        self.memoize(obj)

    def _save_bytes(self, obj):
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + bytes([n]) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self.write(BINBYTES8 + struct.pack('<Q', n) + obj)
        else:
            self.write(BINBYTES + struct.pack('<I', n) + obj)
        self.memoize(obj)

    def _save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE)
            return
        n = len(obj)
        if n <= 3:
            for element in obj:
                self.save(element)
            x = self.memo.get(id(obj))
            if x is not None:   # the tuple was reached through its own items
                self.write(POP * n + self._get(x[0]))
                return
            self.write((TUPLE1, TUPLE2, TUPLE3)[n - 1])
            self.memoize(obj)
            return
        self.write(MARK)
        for element in obj:
            self.save(element)
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(POP_MARK + self._get(x[0]))
            return
        self.write(TUPLE)
        self.memoize(obj)

    def _batch_appends(self, items):
        for batch in _batches(items):
            if len(batch) > 1:
                self.write(MARK)
                for x in batch:
                    self.save(x)
                self.write(APPENDS)
            else:
                self.save(batch[0])
                self.write(APPEND)

    def _batch_setitems(self, items):
        for batch in _batches(items):
            if len(batch) > 1:
                self.write(MARK)
                for k, v in batch:
                    self.save(k)
                    self.save(v)
                self.write(SETITEMS)
            else:
                k, v = batch[0]
                self.save(k)
                self.save(v)
                self.write(SETITEM)

    def _save_set(self, obj):
        self.write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        for i in range(0, len(items), _BATCH):
            self.write(MARK)
            for item in items[i:i + _BATCH]:
                self.save(item)
            self.write(ADDITEMS)

    def _save_frozenset(self, obj):
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self.write(POP_MARK + self._get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None) or obj.__name__
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % name)
        module_name = _whichmodule(obj, name)
        try:
            found = _getattribute(_import(module_name), name)
        except (ImportError, KeyError, AttributeError):
            raise PicklingError("Can't pickle %r: it's not found as %s.%s" % (obj, module_name, name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" % (obj, module_name, name))
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self.write(STACK_GLOBAL)
        else:
            self.write(GLOBAL + bytes(module_name, "utf-8") + b'\n' + bytes(name, "utf-8") + b'\n')
        self.memoize(obj)

    def _save_reduced(self, obj):
        t = type(obj)
        reduce = getattr(obj, "__reduce_ex__", None)
        rv = None
        own = _own_reduce(t)
        if own is not None:
            rv = own(obj, self.proto)
        elif isinstance(obj, BaseException):
            state = dict(obj.__dict__) if getattr(obj, '__dict__', None) else None
            rv = (t, tuple(obj.args)) if state is None else (t, tuple(obj.args), state)
        else:
            rv = _default_reduce(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("%s must return string or tuple" % "__reduce__")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("Tuple returned by %s must have two to six elements" % "__reduce__")
        self._save_reduce(*rv, obj=obj)

    def _save_reduce(self, func, args, state=None, listitems=None, dictitems=None, state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("args from save_reduce() must be a tuple")
        if not callable(func):
            raise PicklingError("func from save_reduce() must be callable")
        if getattr(func, "__name__", "") == "__newobj__" and self.proto >= 2:
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not type(obj):
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self.save(cls)
            self.save(args[1:])
            self.write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            self.write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                self.write(POP + self._get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            self.save(state)
            self.write(BUILD)




def _own_reduce(t):
    """The class's own __reduce_ex__ or __reduce__ (not object's), as a function of (obj, proto)."""
    for klass in t.__mro__:
        if klass is object:
            return None
        d = klass.__dict__
        if '__reduce_ex__' in d:
            return lambda obj, proto: obj.__reduce_ex__(proto)
        if '__reduce__' in d:
            return lambda obj, proto: obj.__reduce__()
    return None


def _default_reduce(obj, proto):
    """object.__reduce_ex__(proto >= 2): copyreg.__newobj__ of the class, with the state."""
    t = type(obj)
    if t.__module__ == 'builtins' or not hasattr(obj, '__class__'):
        raise TypeError("cannot pickle %r object" % t.__name__)
    newargs = ()
    getnewargs = getattr(obj, '__getnewargs__', None)
    if getnewargs is not None:
        newargs = getnewargs()
    getstate = None
    for klass in t.__mro__:
        if klass is object:
            break
        if '__getstate__' in klass.__dict__:
            getstate = obj.__getstate__
            break
    if getstate is not None:
        state = getstate()
    else:
        d = getattr(obj, '__dict__', None)
        state = dict(d) if d else None
        slots = {}
        for klass in t.__mro__:
            for name in klass.__dict__.get('__slots__', ()):
                if name in ('__dict__', '__weakref__'):
                    continue
                if hasattr(obj, name):
                    slots[name] = getattr(obj, name)
        if slots:
            state = (state, slots)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return (__newobj__, (t,) + tuple(newargs), state, listitems, dictitems)


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class Unpickler:
    """Unpickler(file): load() reads one pickle from file and returns the object."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
        self._file_read = file.read
        self._file_readline = file.readline
        self.encoding = encoding
        self.errors = errors
        self.memo = {}

    def find_class(self, module, name):
        module = _PY2_MODULES.get(module, module)   # the names of pickles of protocols 0 to 2
        if module == 'copyreg' and name in ('__newobj__', '_reconstructor'):
            return __newobj__ if name == '__newobj__' else _reconstructor
        m = _import(module)
        try:
            return _getattribute(m, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, m)) from None

    def _read(self, n):
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _readline(self):
        line = self._file_readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line[:-1]

    def _pop_mark(self):
        items = self.stack
        self.stack = self.metastack.pop()
        return items

    def load(self):
        self.metastack = []
        self.stack = []
        first = True
        while True:
            key = self._file_read(1)
            if not key:
                if first:
                    raise EOFError("Ran out of input")
                raise UnpicklingError("pickle data was truncated")
            first = False
            op = _DISPATCH.get(key[0])
            if op is None:
                raise UnpicklingError("invalid load key, %r." % chr(key[0]))
            try:
                op(self)
            except _Stop as stop:
                return stop.value

    # the opcode handlers, registered in _DISPATCH below
    def _proto(self):
        proto = self._read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)

    def _frame(self):
        self._read(0)
        struct.unpack('<Q', self._read(8))

    def _stop(self):
        raise _Stop(self.stack.pop())

    def _mark(self):
        self.metastack.append(self.stack)
        self.stack = []

    def _memoize(self):
        self.memo[len(self.memo)] = self.stack[-1]

    def _put_text(self):
        self.memo[int(self._readline().decode('ascii'))] = self.stack[-1]

    def _binput(self):
        self.memo[self._read(1)[0]] = self.stack[-1]

    def _long_binput(self):
        self.memo[struct.unpack('<I', self._read(4))[0]] = self.stack[-1]

    def _fetch(self, idx):
        try:
            self.stack.append(self.memo[idx])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % idx) from None

    def _get_text(self):
        self._fetch(int(self._readline().decode('ascii')))

    def _binget(self):
        self._fetch(self._read(1)[0])

    def _long_binget(self):
        self._fetch(struct.unpack('<I', self._read(4))[0])

    def _int_text(self):
        data = self._readline()
        if data == b'00':
            value = False
        elif data == b'01':
            value = True
        else:
            value = int(data.decode('ascii'))
        self.stack.append(value)

    def _long_text(self):
        data = self._readline()
        if data.endswith(b'L'):
            data = data[:-1]
        self.stack.append(int(data.decode('ascii')))

    def _float_text(self):
        self.stack.append(float(self._readline().decode('ascii')))

    def _unicode_text(self):
        self.stack.append(_raw_unicode_unescape(self._readline()))

    def _string_text(self):
        data = self._readline()
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.stack.append(self._decode_string(_unescape_bytes(data)))

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def _pop_op(self):
        if self.stack:
            self.stack.pop()
        else:
            self._pop_mark()

    def _pop_mark_op(self):
        self._pop_mark()

    def _dup(self):
        self.stack.append(self.stack[-1])

    def _global(self):
        module = self._readline().decode("utf-8")
        name = self._readline().decode("utf-8")
        self.stack.append(self.find_class(module, name))

    def _stack_global(self):
        name = self.stack.pop()
        module = self.stack.pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.stack.append(self.find_class(module, name))

    def _reduce(self):
        args = self.stack.pop()
        func = self.stack[-1]
        self.stack[-1] = func(*args)

    def _newobj(self):
        args = self.stack.pop()
        cls = self.stack.pop()
        self.stack.append(cls.__new__(cls, *args))

    def _newobj_ex(self):
        kwargs = self.stack.pop()
        args = self.stack.pop()
        cls = self.stack.pop()
        self.stack.append(cls.__new__(cls, *args, **kwargs))

    def _build(self):
        state = self.stack.pop()
        inst = self.stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            for k, v in state.items():
                setattr(inst, k, v)
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def _append(self):
        value = self.stack.pop()
        self.stack[-1].append(value)

    def _appends(self):
        items = self._pop_mark()
        target = self.stack[-1]
        if isinstance(target, list):
            target.extend(items)
        else:
            for item in items:
                target.append(item)

    def _setitem(self):
        value = self.stack.pop()
        key = self.stack.pop()
        self.stack[-1][key] = value

    def _setitems(self):
        items = self._pop_mark()
        target = self.stack[-1]
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def _additems(self):
        items = self._pop_mark()
        target = self.stack[-1]
        if isinstance(target, set):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    def _list(self):
        items = self._pop_mark()   # first: it replaces self.stack
        self.stack.append(items)

    def _dict(self):
        items = self._pop_mark()
        self.stack.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _tuple(self):
        items = self._pop_mark()
        self.stack.append(tuple(items))

    def _tuple_n(n):
        def op(self):
            if n == 0:
                self.stack.append(())
            else:
                items = tuple(self.stack[-n:])
                del self.stack[-n:]
                self.stack.append(items)
        return op

    def _frozenset(self):
        items = self._pop_mark()
        self.stack.append(frozenset(items))

    def _obj(self):
        args = self._pop_mark()
        cls = args.pop(0)
        self.stack.append(cls.__new__(cls, *args) if args or not isinstance(cls, type) else cls.__new__(cls))

    def _inst(self):
        module = self._readline().decode("ascii")
        name = self._readline().decode("ascii")
        cls = self.find_class(module, name)
        args = self._pop_mark()
        self.stack.append(cls(*args))

    def _persid(self):
        raise UnpicklingError("A load persistent id instruction was encountered, but no persistent_load "
                              "function was specified.")


def _raw_unicode_unescape(data):
    """The raw-unicode-escape codec's decoding: latin-1, with \\uXXXX and \\UXXXXXXXX escapes."""
    text = data.decode('latin-1')
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == '\\' and i + 1 < len(text) and text[i + 1] in 'uU':
            width = 4 if text[i + 1] == 'u' else 8
            out.append(chr(int(text[i + 2:i + 2 + width], 16)))
            i += 2 + width
        else:
            out.append(c)
            i += 1
    return ''.join(out)


_SIMPLE_ESCAPES = {'n': 10, 't': 9, 'r': 13, '\\': 92, "'": 39, '"': 34, 'a': 7, 'b': 8, 'f': 12, 'v': 11,
                   '0': 0}


def _unescape_bytes(data):
    """Python string escapes in data (the STRING opcode's argument) resolved to bytes."""
    text = data.decode('latin-1')
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == '\\' and i + 1 < len(text):
            e = text[i + 1]
            if e == 'x':
                out.append(int(text[i + 2:i + 4], 16))
                i += 4
                continue
            if e in '01234567' and i + 2 < len(text) and text[i + 2] in '01234567':
                j = i + 1
                while j < len(text) and j < i + 4 and text[j] in '01234567':
                    j += 1
                out.append(int(text[i + 1:j], 8) & 0xff)
                i = j
                continue
            if e in _SIMPLE_ESCAPES:
                out.append(_SIMPLE_ESCAPES[e])
                i += 2
                continue
        out.append(ord(c))
        i += 1
    return bytes(out)


_PY2_MODULES = {'__builtin__': 'builtins', 'copy_reg': 'copyreg', 'exceptions': 'builtins'}


def _const(value):
    def op(self):
        self.stack.append(value)
    return op


def _sized(size_format, make):
    size = struct.calcsize(size_format)

    def op(self):
        n = struct.unpack(size_format, self._read(size))[0]
        self.stack.append(make(self._read(n)))
    return op


def _number(fmt):
    size = struct.calcsize(fmt)

    def op(self):
        self.stack.append(struct.unpack(fmt, self._read(size))[0])
    return op


def _long(size_format):
    size = struct.calcsize(size_format)

    def op(self):
        n = struct.unpack(size_format, self._read(size))[0]
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.stack.append(_decode_long(self._read(n)))
    return op


def _utf8(data):
    return str(data, 'utf-8', 'surrogatepass')


_U = Unpickler
_DISPATCH = {
    PROTO[0]: _U._proto, FRAME[0]: _U._frame, STOP[0]: _U._stop, MARK[0]: _U._mark, POP[0]: _U._pop_op,
    POP_MARK[0]: _U._pop_mark_op, DUP[0]: _U._dup, NONE[0]: _const(None), NEWTRUE[0]: _const(True),
    NEWFALSE[0]: _const(False), INT[0]: _U._int_text, LONG[0]: _U._long_text, FLOAT[0]: _U._float_text,
    BININT[0]: _number('<i'), BININT1[0]: _number('<B'), BININT2[0]: _number('<H'), BINFLOAT[0]: _number('>d'),
    LONG1[0]: _long('<B'), LONG4[0]: _long('<i'), UNICODE[0]: _U._unicode_text, STRING[0]: _U._string_text,
    BINUNICODE[0]: _sized('<I', _utf8), SHORT_BINUNICODE[0]: _sized('<B', _utf8),
    BINUNICODE8[0]: _sized('<Q', _utf8), BINBYTES[0]: _sized('<I', bytes), SHORT_BINBYTES[0]: _sized('<B', bytes),
    BINBYTES8[0]: _sized('<Q', bytes), BYTEARRAY8[0]: _sized('<Q', bytearray), EMPTY_TUPLE[0]: _U._tuple_n(0), TUPLE1[0]: _U._tuple_n(1),
    TUPLE2[0]: _U._tuple_n(2), TUPLE3[0]: _U._tuple_n(3), TUPLE[0]: _U._tuple, EMPTY_LIST[0]: lambda self:
    self.stack.append([]), LIST[0]: _U._list, APPEND[0]: _U._append, APPENDS[0]: _U._appends,
    EMPTY_DICT[0]: lambda self: self.stack.append({}), DICT[0]: _U._dict, SETITEM[0]: _U._setitem,
    SETITEMS[0]: _U._setitems, EMPTY_SET[0]: lambda self: self.stack.append(set()), ADDITEMS[0]: _U._additems,
    FROZENSET[0]: _U._frozenset, GLOBAL[0]: _U._global, STACK_GLOBAL[0]: _U._stack_global, REDUCE[0]: _U._reduce,
    NEWOBJ[0]: _U._newobj, NEWOBJ_EX[0]: _U._newobj_ex, BUILD[0]: _U._build, OBJ[0]: _U._obj, INST[0]: _U._inst,
    MEMOIZE[0]: _U._memoize, PUT[0]: _U._put_text, BINPUT[0]: _U._binput, LONG_BINPUT[0]: _U._long_binput,
    GET[0]: _U._get_text, BINGET[0]: _U._binget, LONG_BINGET[0]: _U._long_binget, PERSID[0]: _U._persid,
    BINPERSID[0]: _U._persid,
}


def _string_binstring(self):
    n = struct.unpack('<i', self._read(4))[0]
    self.stack.append(self._decode_string(self._read(n)))


def _string_short(self):
    n = self._read(1)[0]
    self.stack.append(self._decode_string(self._read(n)))


_DISPATCH[BINSTRING[0]] = _string_binstring
_DISPATCH[SHORT_BINSTRING[0]] = _string_short


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    f = io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(io.BytesIO(data), fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()
