"""array: compact typed sequences, kept here as a list of checked values (the
bytes appear only through tobytes/frombytes), with CPython's messages for
values out of a type code's range. Sizes are those of Linux on x86-64."""

import struct as _struct

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

# typecode: (itemsize, struct code in standard little-endian sizes, min, max,
#            message above max, message below min)
_INT_CODES = {
    'b': (1, 'b', -2 ** 7, 2 ** 7 - 1, 'signed char is greater than maximum',
          'signed char is less than minimum'),
    'B': (1, 'B', 0, 2 ** 8 - 1, 'unsigned byte integer is greater than maximum',
          'unsigned byte integer is less than minimum'),
    'h': (2, 'h', -2 ** 15, 2 ** 15 - 1, 'signed short integer is greater than maximum',
          'signed short integer is less than minimum'),
    'H': (2, 'H', 0, 2 ** 16 - 1, 'unsigned short is greater than maximum',
          'unsigned short is less than minimum'),
    'i': (4, 'i', -2 ** 31, 2 ** 31 - 1, 'signed integer is greater than maximum',
          'signed integer is less than minimum'),
    'I': (4, 'I', 0, 2 ** 32 - 1, 'unsigned int is greater than maximum',
          "can't convert negative value to unsigned int"),
    'l': (8, 'q', -2 ** 63, 2 ** 63 - 1, 'Python int too large to convert to C long',
          'Python int too large to convert to C long'),
    'L': (8, 'Q', 0, 2 ** 64 - 1, 'Python int too large to convert to C unsigned long',
          "can't convert negative value to unsigned int"),
    'q': (8, 'q', -2 ** 63, 2 ** 63 - 1, 'int too big to convert', 'int too big to convert'),
    'Q': (8, 'Q', 0, 2 ** 64 - 1, 'int too big to convert',
          "can't convert negative int to unsigned"),
}
_SIZES = {'u': 4, 'f': 4, 'd': 8}


def _itemsize(typecode):
    if typecode in _INT_CODES:
        return _INT_CODES[typecode][0]
    return _SIZES[typecode]


class array:
    """array(typecode[, initializer]): a sequence of one C type's values."""

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s'
                            % type(typecode).__name__)
        if typecode not in typecodes:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._code = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, array):
            if initializer._code != typecode and (typecode == 'u' or initializer._code == 'u'):
                raise TypeError('cannot use a unicode array to initialize an array with '
                                'typecode %r' % typecode)
            self.extend(initializer._items)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError('cannot use a str to initialize an array with typecode %r'
                                % typecode)
            self.fromunicode(initializer)
        else:
            self.extend(initializer)

    # Value checks.
    def _check(self, v):
        code = self._code
        if code in _INT_CODES:
            if not hasattr(v, '__index__') or isinstance(v, float):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(v).__name__)
            v = v.__index__()
            _, _, lo, hi, above, below = _INT_CODES[code]
            if v > hi:
                raise OverflowError(above)
            if v < lo:
                raise OverflowError(below)
            return v
        if code == 'u':
            if not isinstance(v, str) or len(v) != 1:
                raise TypeError('array item must be unicode character')
            return v
        if not isinstance(v, (int, float)) and not hasattr(v, '__float__'):
            raise TypeError('must be real number, not %s' % type(v).__name__)
        v = float(v)
        if code == 'f':
            v = _struct.unpack('<f', _struct.pack('<f', v))[0]
        return v

    @property
    def typecode(self):
        return self._code

    @property
    def itemsize(self):
        return _itemsize(self._code)

    def __repr__(self):
        if not self._items:
            return 'array(%r)' % self._code
        if self._code == 'u':
            return 'array(%r, %r)' % (self._code, ''.join(self._items))
        return 'array(%r, %r)' % (self._code, self._items)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            out = array(self._code)
            out._items = self._items[i]
            return out
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(v).__name__)
            if v._code != self._code:
                raise TypeError('bad argument type for built-in operation')
            self._items[i] = v._items
            return
        v = self._check(v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def _same(self, other):
        if not isinstance(other, array):
            return False
        if other._code != self._code:
            raise TypeError('bad argument type for built-in operation')
        return True

    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        self._same(other)
        out = array(self._code)
        out._items = self._items + other._items
        return out

    def __iadd__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        self._same(other)
        self._items += other._items
        return self

    def __mul__(self, n):
        if not hasattr(n, '__index__'):
            return NotImplemented
        out = array(self._code)
        out._items = self._items * n
        return out

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def _cmp_items(self, other):
        return self._items, other._items

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    __hash__ = None

    def __copy__(self):
        return array(self._code, self)

    def __deepcopy__(self, memo):
        return array(self._code, self)

    def __reduce_ex__(self, protocol):
        return (array, (self._code, list(self._items)))

    # Methods.
    def append(self, v):
        self._items.append(self._check(v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            self._same(iterable)
            self._items.extend(iterable._items)
            return
        for v in iterable:
            self._items.append(self._check(v))

    def insert(self, i, v):
        self._items.insert(i, self._check(v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v, start=0, stop=None):
        try:
            if stop is None:
                return self._items.index(v, start)
            return self._items.index(v, start, stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        checked = [self._check(v) for v in items]
        self._items.extend(checked)

    def _struct_code(self):
        code = self._code
        if code in _INT_CODES:
            return _INT_CODES[code][1]
        return {'u': 'I', 'f': 'f', 'd': 'd'}[code]

    def tobytes(self):
        items = self._items
        if self._code == 'u':
            items = [ord(c) for c in items]
        return _struct.pack('<%d%s' % (len(items), self._struct_code()), *items)

    def frombytes(self, data):
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        values = _struct.unpack('<%d%s' % (len(data) // size, self._struct_code()), data)
        if self._code == 'u':
            values = [chr(v) for v in values]
        self._items.extend(values)

    def tounicode(self):
        if self._code != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s):
        if self._code != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(s)

    def buffer_info(self):
        return (id(self), len(self._items))

    def byteswap(self):
        size = self.itemsize
        if size == 1:
            return
        raw = self.tobytes()
        swapped = bytearray()
        for k in range(0, len(raw), size):
            swapped += raw[k:k + size][::-1]
        self._items = []
        self.frombytes(bytes(swapped))


ArrayType = array
array.__module__ = 'array'
