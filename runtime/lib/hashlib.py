"""Message digests in plain Python: md5, sha1, sha224, sha256, sha384, sha512 (update,
digest, hexdigest, copy) and hashlib.new(name)."""

__all__ = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new',
           'algorithms_guaranteed', 'algorithms_available']

_M32 = 0xffffffff
_M64 = 0xffffffffffffffff


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    try:
        return bytes(data)
    except TypeError:
        raise TypeError("object supporting the buffer API required") from None


def _first_primes(n):
    primes = []
    candidate = 2
    while len(primes) < n:
        if all(candidate % p for p in primes if p * p <= candidate):
            primes.append(candidate)
        candidate += 1
    return primes


def _int_root(value, k):
    r = 1 << ((value.bit_length() + k - 1) // k)
    while True:
        s = ((k - 1) * r + value // r ** (k - 1)) // k
        if s >= r:
            break
        r = s
    while r ** k > value:
        r -= 1
    while (r + 1) ** k <= value:
        r += 1
    return r


def _frac_bits(p, k, bits):
    # The first `bits` bits of the fractional part of p ** (1/k).
    return _int_root(p << (k * bits), k) & ((1 << bits) - 1)


class _Hash:
    """Buffers input and processes whole blocks; subclasses define the compression."""
    block_size = 64

    def __init__(self, data=None, *, usedforsecurity=True):
        self._buffer = bytearray()
        self._length = 0
        self._state = list(self._initial())
        if data is not None:
            self.update(data)

    def update(self, data):
        data = _as_bytes(data)
        self._length += len(data)
        self._buffer += data
        size = self.block_size
        whole = len(self._buffer) - len(self._buffer) % size
        for start in range(0, whole, size):
            self._compress(self._buffer[start:start + size])
        del self._buffer[:whole]

    def copy(self):
        other = object.__new__(type(self))
        other._buffer = bytearray(self._buffer)
        other._length = self._length
        other._state = list(self._state)
        return other

    def _padded_tail(self, length_bytes, little_endian):
        tail = bytearray(self._buffer)
        tail.append(0x80)
        size = self.block_size
        while len(tail) % size != size - length_bytes:
            tail.append(0)
        bits = (self._length * 8) & ((1 << (8 * length_bytes)) - 1)
        tail += bits.to_bytes(length_bytes, 'little' if little_endian else 'big')
        return tail

    def digest(self):
        clone = self.copy()
        tail = clone._padded_tail(self._length_bytes, self._little_endian)
        for start in range(0, len(tail), self.block_size):
            clone._compress(tail[start:start + self.block_size])
        return clone._output()

    def hexdigest(self):
        return ''.join('%02x' % b for b in self.digest())


class md5(_Hash):
    name = 'md5'
    digest_size = 16
    _length_bytes = 8
    _little_endian = True
    _SHIFTS = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + \
        [6, 10, 15, 21] * 4

    def _initial(self):
        return (0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476)

    def _compress(self, block):
        table = _md5_table()
        words = [int.from_bytes(block[i:i + 4], 'little') for i in range(0, 64, 4)]
        a, b, c, d = self._state
        for i in range(64):
            if i < 16:
                f = (b & c) | (~b & d)
                g = i
            elif i < 32:
                f = (d & b) | (~d & c)
                g = (5 * i + 1) % 16
            elif i < 48:
                f = b ^ c ^ d
                g = (3 * i + 5) % 16
            else:
                f = c ^ (b | (~d & _M32))
                g = (7 * i) % 16
            f = (f + a + table[i] + words[g]) & _M32
            a, d, c = d, c, b
            s = self._SHIFTS[i]
            b = (b + ((f << s) | (f >> (32 - s)))) & _M32
        self._state = [(x + y) & _M32 for x, y in zip(self._state, (a, b, c, d))]

    def _output(self):
        return bytes().join(x.to_bytes(4, 'little') for x in self._state)


# RFC 1321's constants: floor(abs(sin(i + 1)) * 2**32) for i in 0..63.
_MD5_TABLE = [
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a,
    0xa8304613, 0xfd469501, 0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be,
    0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340,
    0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8,
    0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c,
    0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70, 0x289b7ec6, 0xeaa127fa,
    0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92,
    0xffeff47d, 0x85845dd1, 0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1,
    0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
]


def _md5_table():
    return _MD5_TABLE


class sha1(_Hash):
    name = 'sha1'
    digest_size = 20
    _length_bytes = 8
    _little_endian = False

    def _initial(self):
        return (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0)

    def _compress(self, block):
        w = [int.from_bytes(block[i:i + 4], 'big') for i in range(0, 64, 4)]
        for i in range(16, 80):
            x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]
            w.append(((x << 1) | (x >> 31)) & _M32)
        a, b, c, d, e = self._state
        for i in range(80):
            if i < 20:
                f = (b & c) | (~b & d)
                k = 0x5A827999
            elif i < 40:
                f = b ^ c ^ d
                k = 0x6ED9EBA1
            elif i < 60:
                f = (b & c) | (b & d) | (c & d)
                k = 0x8F1BBCDC
            else:
                f = b ^ c ^ d
                k = 0xCA62C1D6
            temp = (((a << 5) | (a >> 27)) + (f & _M32) + e + k + w[i]) & _M32
            e, d, c, b, a = d, c, ((b << 30) | (b >> 2)) & _M32, a, temp
        self._state = [(x + y) & _M32 for x, y in zip(self._state, (a, b, c, d, e))]

    def _output(self):
        return bytes().join(x.to_bytes(4, 'big') for x in self._state)


_K256 = []
_K512 = []


class sha256(_Hash):
    name = 'sha256'
    digest_size = 32
    _length_bytes = 8
    _little_endian = False

    def _initial(self):
        return [_frac_bits(p, 2, 32) for p in _first_primes(8)]

    def _compress(self, block):
        if not _K256:
            _K256.extend(_frac_bits(p, 3, 32) for p in _first_primes(64))

        def rotr(x, n):
            return ((x >> n) | (x << (32 - n))) & _M32

        w = [int.from_bytes(block[i:i + 4], 'big') for i in range(0, 64, 4)]
        for i in range(16, 64):
            s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
            s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & _M32)
        a, b, c, d, e, f, g, h = self._state
        for i in range(64):
            t1 = (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g))
                  + _K256[i] + w[i]) & _M32
            t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) \
                & _M32
            h, g, f, e, d, c, b, a = g, f, e, (d + t1) & _M32, c, b, a, (t1 + t2) & _M32
        self._state = [(x + y) & _M32 for x, y in zip(self._state, (a, b, c, d, e, f, g, h))]

    def _output(self):
        return bytes().join(x.to_bytes(4, 'big') for x in self._state)[:self.digest_size]


class sha224(sha256):
    name = 'sha224'
    digest_size = 28

    def _initial(self):
        # The second 32 bits of the square roots' fractions of the 9th..16th primes.
        return [_frac_bits(p, 2, 64) & _M32 for p in _first_primes(16)[8:]]


class sha512(_Hash):
    name = 'sha512'
    digest_size = 64
    block_size = 128
    _length_bytes = 16
    _little_endian = False

    def _initial(self):
        return [_frac_bits(p, 2, 64) for p in _first_primes(8)]

    def _compress(self, block):
        if not _K512:
            _K512.extend(_frac_bits(p, 3, 64) for p in _first_primes(80))

        def rotr(x, n):
            return ((x >> n) | (x << (64 - n))) & _M64

        w = [int.from_bytes(block[i:i + 8], 'big') for i in range(0, 128, 8)]
        for i in range(16, 80):
            s0 = rotr(w[i - 15], 1) ^ rotr(w[i - 15], 8) ^ (w[i - 15] >> 7)
            s1 = rotr(w[i - 2], 19) ^ rotr(w[i - 2], 61) ^ (w[i - 2] >> 6)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & _M64)
        a, b, c, d, e, f, g, h = self._state
        for i in range(80):
            t1 = (h + (rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)) + ((e & f) ^ (~e & g))
                  + _K512[i] + w[i]) & _M64
            t2 = ((rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)) + ((a & b) ^ (a & c) ^ (b & c))) \
                & _M64
            h, g, f, e, d, c, b, a = g, f, e, (d + t1) & _M64, c, b, a, (t1 + t2) & _M64
        self._state = [(x + y) & _M64 for x, y in zip(self._state, (a, b, c, d, e, f, g, h))]

    def _output(self):
        return bytes().join(x.to_bytes(8, 'big') for x in self._state)[:self.digest_size]


class sha384(sha512):
    name = 'sha384'
    digest_size = 48

    def _initial(self):
        return [_frac_bits(p, 2, 64) for p in _first_primes(16)[8:]]


_CONSTRUCTORS = {'md5': md5, 'sha1': sha1, 'sha224': sha224, 'sha256': sha256,
                 'sha384': sha384, 'sha512': sha512}
algorithms_guaranteed = frozenset(_CONSTRUCTORS)
algorithms_available = frozenset(_CONSTRUCTORS)


def new(name, data=None, **kwargs):
    try:
        cls = _CONSTRUCTORS[name.lower()]
    except KeyError:
        raise ValueError('unsupported hash type ' + name) from None
    return cls(data) if data is not None else cls()
