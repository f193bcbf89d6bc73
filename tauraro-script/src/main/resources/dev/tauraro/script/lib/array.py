"""array: typed arrays of numbers or characters, written for tauraro-script from the array
documentation and CPython 3.11's messages. Items are kept in a list, checked and converted as the
C type of the typecode would store them (float32 rounding for 'f'); tobytes/frombytes use
struct with the machine's (little-endian) layout. The buffer protocol (memoryview) is absent.
Item reads and writes with an int index run in Java (_array) and come here only for the rest."""

import struct as _struct
import _array

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = 'bBuhHiIlLqQfd'

# typecode: (struct code, lowest, highest, below-minimum message, above-maximum message)
_INTS = {
    'b': ('b', -2 ** 7, 2 ** 7 - 1, "signed char is less than minimum", "signed char is greater than maximum"),
    'B': ('B', 0, 2 ** 8 - 1, "unsigned byte integer is less than minimum",
          "unsigned byte integer is greater than maximum"),
    'h': ('h', -2 ** 15, 2 ** 15 - 1, "signed short integer is less than minimum",
          "signed short integer is greater than maximum"),
    'H': ('H', 0, 2 ** 16 - 1, "unsigned short is less than minimum", "unsigned short is greater than maximum"),
    'i': ('i', -2 ** 31, 2 ** 31 - 1, "signed integer is less than minimum", "signed integer is greater than maximum"),
    'I': ('I', 0, 2 ** 32 - 1, "can't convert negative value to unsigned int", "unsigned int is greater than maximum"),
    'l': ('q', -2 ** 63, 2 ** 63 - 1, "Python int too large to convert to C long",
          "Python int too large to convert to C long"),
    'L': ('Q', 0, 2 ** 64 - 1, "can't convert negative value to unsigned int",
          "Python int too large to convert to C unsigned long"),
    'q': ('q', -2 ** 63, 2 ** 63 - 1, "int too big to convert", "int too big to convert"),
    'Q': ('Q', 0, 2 ** 64 - 1, "can't convert negative int to unsigned", "int too big to convert"),
}
_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_FORMATS = {'u': 'I', 'f': 'f', 'd': 'd'}


def _convert(typecode, value):
    """value as the array stores it, or the error CPython raises for it."""
    if typecode in _INTS:
        if not isinstance(value, int):
            if not hasattr(type(value), '__index__'):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
            value = type(value).__index__(value)
        _, low, high, below, above = _INTS[typecode]
        if value < low:
            raise OverflowError(below)
        if value > high:
            raise OverflowError(above)
        return int(value)
    if typecode == 'u':
        if not isinstance(value, str) or len(value) != 1:
            raise TypeError("array item must be unicode character")
        return value
    if not isinstance(value, (int, float)):
        raise TypeError("must be real number, not %s" % type(value).__name__)
    value = float(value)
    if typecode == 'f':
        try:
            value = _struct.unpack('<f', _struct.pack('<f', value))[0]   # float32 precision
        except OverflowError:   # beyond float32's range: C's cast gives an infinity, struct refuses
            value = -_INF if value < 0 else _INF
    return value


_INF = float('inf')


def _position(index):
    """An item index as an int, with CPython's errors for one that is no int or too large for C."""
    if not isinstance(index, int):
        if not hasattr(type(index), '__index__'):
            raise TypeError("array indices must be integers")
        index = type(index).__index__(index)
    if not -2 ** 63 <= index < 2 ** 63:
        raise IndexError("cannot fit 'int' into an index-sized integer")
    return index


class array:
    """array(typecode[, initializer]): a sequence of items all of the typecode's C type."""

    # Slots, not an instance dict: CPython's arrays have none (no attributes of their own), and
    # _array reads these two by index on every item access.
    __slots__ = ('_typecode', '_items', '__weakref__')

    def __init__(self, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1 or typecode not in typecodes:
            if not isinstance(typecode, str):
                raise TypeError("array() argument 1 must be a unicode character, not %s" % type(typecode).__name__)
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._typecode = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._typecode == 'u' and typecode != 'u' or typecode == 'u' and initializer._typecode != 'u':
                raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'" % typecode)
            self.extend(initializer._items)
        else:
            self.extend(initializer)

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        return _SIZES[self._typecode]

    def _format(self, n):
        code = _INTS[self._typecode][0] if self._typecode in _INTS else _FORMATS[self._typecode]
        return '<%d%s' % (n, code)

    def _same(self, other, what):
        if not isinstance(other, array):
            raise TypeError('can only %s array (not "%s") to array' % (what, type(other).__name__))
        if other._typecode != self._typecode:
            raise TypeError("bad argument type for built-in operation")

    def _new(self, items):
        new = array(self._typecode)
        new._items = items
        return new

    def append(self, x):
        self._items.append(_convert(self._typecode, x))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._typecode != self._typecode:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        for x in iterable:
            self.append(x)

    def insert(self, i, x):
        self._items.insert(i, _convert(self._typecode, x))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, x):
        try:
            self._items.remove(x)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, x, start=0, stop=None):
        n = len(self._items)
        stop = n if stop is None else stop
        for i in range(*slice(start, stop).indices(n)):
            if self._items[i] == x:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, x):
        return self._items.count(x)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        converted = [_convert(self._typecode, x) for x in items]   # all or nothing, as CPython
        self._items.extend(converted)

    def tobytes(self):
        if self._typecode == 'u':
            return _struct.pack(self._format(len(self._items)), *[ord(c) for c in self._items])
        return _struct.pack(self._format(len(self._items)), *self._items)

    def frombytes(self, data):
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        values = _struct.unpack(self._format(len(data) // size), bytes(data))
        if self._typecode == 'u':
            values = [chr(v) for v in values]
        self._items.extend(values)

    def tounicode(self):
        if self._typecode != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return ''.join(self._items)

    def fromunicode(self, s):
        if self._typecode != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(s)

    def byteswap(self):
        size = self.itemsize
        if size == 1:
            return
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self), len(self._items))

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, x):
        return x in self._items

    @_array.getitem   # the common int index in Java; this body for the rest
    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._new(self._items[index])
        index = _position(index)
        try:
            return self._items[index]
        except IndexError:
            raise IndexError("array index out of range") from None

    @_array.setitem   # an int index and a value stored as is in Java; this body for the rest
    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError("can only assign array (not \"%s\") to array slice" % type(value).__name__)
            self._same(value, "assign")
            self._items[index] = value._items
            return
        index = _position(index)
        try:
            self._items[index] = _convert(self._typecode, value)
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, index):
        if not isinstance(index, slice):
            index = _position(index)
        try:
            del self._items[index]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        self._same(other, "append")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        self._same(other, "extend")
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def _compare(self, other):
        return other._items if isinstance(other, array) else None

    def __eq__(self, other):
        items = self._compare(other)
        return NotImplemented if items is None else self._items == items

    def __ne__(self, other):
        items = self._compare(other)
        return NotImplemented if items is None else self._items != items

    def __lt__(self, other):
        items = self._compare(other)
        return NotImplemented if items is None else self._items < items

    def __le__(self, other):
        items = self._compare(other)
        return NotImplemented if items is None else self._items <= items

    def __gt__(self, other):
        items = self._compare(other)
        return NotImplemented if items is None else self._items > items

    def __ge__(self, other):
        items = self._compare(other)
        return NotImplemented if items is None else self._items >= items

    __hash__ = None

    def __reduce_ex__(self, protocol):
        # CPython's form for protocols 0-2 (3 and later pickle the machine bytes through
        # array._array_reconstructor instead); a subclass's attributes travel as the state
        return type(self), (self._typecode, list(self._items)), getattr(self, '__dict__', None)

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __repr__(self):
        name = type(self).__name__   # a subclass's own name, as CPython's
        if not self._items:
            return "%s('%s')" % (name, self._typecode)
        if self._typecode == 'u':
            return "%s('u', %r)" % (name, ''.join(self._items))
        return "%s('%s', %r)" % (name, self._typecode, self._items)


_array.register(array)
ArrayType = array
