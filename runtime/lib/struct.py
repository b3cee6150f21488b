"""Packing values into bytes and back by format strings (pack, unpack, calcsize,
iter_unpack, pack_into, unpack_from, Struct), native layout as on x86-64 Linux."""

import math as _math

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack',
           'Struct', 'error']


class error(Exception):
    pass


# code: (standard size, native size, kind)
_CODES = {
    'x': (1, 1, 'pad'), 'c': (1, 1, 'char'), 'b': (1, 1, 'int'), 'B': (1, 1, 'uint'),
    '?': (1, 1, 'bool'), 'h': (2, 2, 'int'), 'H': (2, 2, 'uint'), 'i': (4, 4, 'int'),
    'I': (4, 4, 'uint'), 'l': (4, 8, 'int'), 'L': (4, 8, 'uint'), 'q': (8, 8, 'int'),
    'Q': (8, 8, 'uint'), 'n': (None, 8, 'int'), 'N': (None, 8, 'uint'), 'e': (2, 2, 'float'),
    'f': (4, 4, 'float'), 'd': (8, 8, 'float'), 's': (1, 1, 'bytes'), 'p': (1, 1, 'pascal'),
    'P': (None, 8, 'uint'),
}

_INT_NAMES = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}


def _parse(fmt):
    """(little_endian, [(code, count, size, offset)], total size)."""
    if isinstance(fmt, (bytes, bytearray)):
        fmt = bytes(fmt).decode('ascii')
    if not isinstance(fmt, str):
        raise TypeError('Struct() argument 1 must be a str or bytes object, not %s'
                        % type(fmt).__name__)
    native = True
    little = True
    i = 0
    if fmt[:1] in ('@', '=', '<', '>', '!'):
        order = fmt[0]
        native = order == '@'
        little = order in ('@', '=', '<')
        i = 1
    items = []
    offset = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch.isspace():
            i += 1
            continue
        count = None
        if ch.isdigit():
            j = i
            while j < n and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= n:
                raise error('repeat count given without format specifier')
            ch = fmt[i]
        spec = _CODES.get(ch)
        if spec is None or (spec[0] is None and not native):
            raise error('bad char in struct format')
        size = spec[1] if native else spec[0]
        if native and spec[2] not in ('pad', 'char', 'bytes', 'pascal', 'bool'):
            offset += (-offset) % size
        if ch in 'sp':
            items.append((ch, 1 if count is None else count, count if count is not None
                          else 1, offset))
            offset += 1 if count is None else count
        else:
            repeat = 1 if count is None else count
            for _ in range(repeat):
                items.append((ch, 1, size, offset))
                offset += size
        i += 1
    return little, items, offset


def _pack_float(x, exp_bits, mant_bits, code):
    bias = (1 << (exp_bits - 1)) - 1
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    if x != x:
        return (sign << (exp_bits + mant_bits)) | (((1 << exp_bits) - 1) << mant_bits) \
            | (1 << (mant_bits - 1))
    if x in (float('inf'), float('-inf')):
        return (sign << (exp_bits + mant_bits)) | (((1 << exp_bits) - 1) << mant_bits)
    if x == 0:
        return sign << (exp_bits + mant_bits)
    num, den = abs(x).as_integer_ratio()
    e = num.bit_length() - den.bit_length()
    if (num << max(0, -e)) < (den << max(0, e)):
        e -= 1
    emin = 1 - bias
    shift = mant_bits - max(e, emin)
    scaled_num = num << shift if shift >= 0 else num
    scaled_den = den if shift >= 0 else den << -shift
    q, r = divmod(scaled_num, scaled_den)
    if 2 * r > scaled_den or (2 * r == scaled_den and q & 1):
        q += 1
    if e < emin:
        exponent = 0
        if q >> mant_bits:
            exponent = 1
            q -= 1 << mant_bits
    else:
        exponent = e + bias
        if q >> (mant_bits + 1):
            q >>= 1
            exponent += 1
        q -= 1 << mant_bits
    if exponent >= (1 << exp_bits) - 1:
        raise OverflowError('float too large to pack with %s format' % code)
    return (sign << (exp_bits + mant_bits)) | (exponent << mant_bits) | q


def _unpack_float(bits, exp_bits, mant_bits):
    bias = (1 << (exp_bits - 1)) - 1
    sign = -1.0 if bits >> (exp_bits + mant_bits) else 1.0
    exponent = (bits >> mant_bits) & ((1 << exp_bits) - 1)
    mantissa = bits & ((1 << mant_bits) - 1)
    if exponent == (1 << exp_bits) - 1:
        return sign * (float('inf') if mantissa == 0 else float('nan'))
    if exponent == 0:
        return sign * _math.ldexp(mantissa, 1 - bias - mant_bits)
    return sign * _math.ldexp(mantissa | (1 << mant_bits), exponent - bias - mant_bits)


_FLOAT_BITS = {'e': (5, 10), 'f': (8, 23), 'd': (11, 52)}


def _to_int(value, code):
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise error('required argument is not an integer')
    return index(value)


def _pack_items(little, items, total, args):
    wanted = sum(1 for code, _, _, _ in items if code != 'x')
    if len(args) != wanted:
        raise error('pack expected %d items for packing (got %d)' % (wanted, len(args)))
    out = bytearray(total)
    order = 'little' if little else 'big'
    values = iter(args)
    for code, count, size, offset in items:
        if code == 'x':
            continue
        value = next(values)
        kind = _CODES[code][2]
        if kind in ('int', 'uint'):
            v = _to_int(value, code)
            bits = size * 8
            lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if kind == 'int' \
                else (0, (1 << bits) - 1)
            if not lo <= v <= hi:
                name = _INT_NAMES.get(code)
                if name is not None:
                    raise error('%s format requires %d <= number <= %d' % (name, lo, hi))
                raise error("'%s' format requires %d <= number <= %d" % (code, lo, hi))
            out[offset:offset + size] = v.to_bytes(size, order, signed=kind == 'int')
        elif kind == 'bool':
            out[offset] = 1 if value else 0
        elif kind == 'float':
            if not isinstance(value, (int, float)) and not hasattr(value, '__float__'):
                raise error('required argument is not a float')
            exp_bits, mant_bits = _FLOAT_BITS[code]
            bits = _pack_float(float(value), exp_bits, mant_bits, code)
            out[offset:offset + size] = bits.to_bytes(size, order)
        elif kind == 'char':
            if not isinstance(value, (bytes, bytearray)) or len(value) != 1:
                raise error('char format requires a bytes object of length 1')
            out[offset] = value[0]
        elif kind == 'bytes':
            if not isinstance(value, (bytes, bytearray)):
                raise error("argument for 's' must be a bytes object")
            data = bytes(value)[:count]
            out[offset:offset + len(data)] = data
        elif kind == 'pascal':
            if not isinstance(value, (bytes, bytearray)):
                raise error("argument for 'p' must be a bytes object")
            data = bytes(value)[:max(count - 1, 0)][:255]
            if count:
                out[offset] = len(data)
                out[offset + 1:offset + 1 + len(data)] = data
    return bytes(out)


def _unpack_items(little, items, data):
    order = 'little' if little else 'big'
    result = []
    for code, count, size, offset in items:
        kind = _CODES[code][2]
        chunk = data[offset:offset + (count if kind in ('bytes', 'pascal') else size)]
        if kind == 'pad':
            continue
        if kind in ('int', 'uint'):
            result.append(int.from_bytes(chunk, order, signed=kind == 'int'))
        elif kind == 'bool':
            result.append(chunk[0] != 0)
        elif kind == 'float':
            exp_bits, mant_bits = _FLOAT_BITS[code]
            result.append(_unpack_float(int.from_bytes(chunk, order), exp_bits, mant_bits))
        elif kind == 'char':
            result.append(bytes(chunk))
        elif kind == 'bytes':
            result.append(bytes(chunk))
        else:
            length = min(chunk[0], count - 1) if count else 0
            result.append(bytes(chunk[1:1 + length]))
    return tuple(result)


class Struct:
    """A compiled format string."""

    def __init__(self, format):
        self._little, self._items, self.size = _parse(format)
        self.format = format if isinstance(format, str) else bytes(format).decode('ascii')

    def pack(self, *args):
        return _pack_items(self._little, self._items, self.size, args)

    def pack_into(self, buffer, offset, *args):
        data = self.pack(*args)
        if offset < 0:
            offset += len(buffer)
        if offset + len(data) > len(buffer):
            raise error('pack_into requires a buffer of at least %d bytes for packing %d '
                        'bytes at offset %d (actual buffer size is %d)'
                        % (offset + len(data), len(data), offset, len(buffer)))
        buffer[offset:offset + len(data)] = data

    def unpack(self, buffer):
        data = bytes(buffer)
        if len(data) != self.size:
            raise error('unpack requires a buffer of %d bytes' % self.size)
        return _unpack_items(self._little, self._items, data)

    def unpack_from(self, buffer, offset=0):
        data = bytes(buffer)
        if offset < 0:
            offset += len(data)
        if len(data) - offset < self.size:
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d '
                        'bytes at offset %d (actual buffer size is %d)'
                        % (self.size + offset, self.size, offset, len(data)))
        return _unpack_items(self._little, self._items, data[offset:offset + self.size])

    def iter_unpack(self, buffer):
        data = bytes(buffer)
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(data) % self.size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes'
                        % self.size)
        for start in range(0, len(data), self.size):
            yield _unpack_items(self._little, self._items, data[start:start + self.size])


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(fmt):
    return _struct(fmt).size


def pack(fmt, *args):
    return _struct(fmt).pack(*args)


def pack_into(fmt, buffer, offset, *args):
    return _struct(fmt).pack_into(buffer, offset, *args)


def unpack(fmt, buffer):
    return _struct(fmt).unpack(buffer)


def unpack_from(fmt, buffer, offset=0):
    return _struct(fmt).unpack_from(buffer, offset)


def iter_unpack(fmt, buffer):
    return _struct(fmt).iter_unpack(buffer)
