"""Message digests in plain Python: md5, sha1, sha224, sha256, sha384, sha512, the
SHA-3 family, SHAKE and BLAKE2 (update, digest, hexdigest, copy) and hashlib.new(name)."""

__all__ = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256',
           'sha3_384', 'sha3_512', 'shake_128', 'shake_256', 'blake2b', 'blake2s', 'new',
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


_SHA2_K = {}


class _Sha2(_Hash):
    """SHA-256 and SHA-512 (and their truncations): one compression function over
    32- or 64-bit words; the family differs in word size, rounds and rotations."""
    _little_endian = False
    _TRUNCATED = False

    def _initial(self):
        # The square roots' fractions of the first 8 primes; the truncated
        # variants take the 9th..16th, and (SHA-224) the low half of 64 bits.
        if not self._TRUNCATED:
            return [_frac_bits(p, 2, self._BITS) for p in _first_primes(8)]
        mask = (1 << self._BITS) - 1
        return [_frac_bits(p, 2, 64) & mask for p in _first_primes(16)[8:]]

    def _compress(self, block):
        bits = self._BITS
        mask = (1 << bits) - 1
        k = _SHA2_K.get(bits)
        if k is None:
            k = _SHA2_K[bits] = [_frac_bits(p, 3, bits) for p in _first_primes(self._ROUNDS)]
        (a0, a1, a2), (e0, e1, e2), (x0, x1, xs), (y0, y1, ys) = self._ROT

        def rotr(x, n):
            return ((x >> n) | (x << (bits - n))) & mask

        size = bits // 8
        w = [int.from_bytes(block[i:i + size], 'big') for i in range(0, 16 * size, size)]
        for i in range(16, self._ROUNDS):
            s0 = rotr(w[i - 15], x0) ^ rotr(w[i - 15], x1) ^ (w[i - 15] >> xs)
            s1 = rotr(w[i - 2], y0) ^ rotr(w[i - 2], y1) ^ (w[i - 2] >> ys)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & mask)
        a, b, c, d, e, f, g, h = self._state
        for i in range(self._ROUNDS):
            t1 = (h + (rotr(e, e0) ^ rotr(e, e1) ^ rotr(e, e2)) + ((e & f) ^ (~e & g))
                  + k[i] + w[i]) & mask
            t2 = ((rotr(a, a0) ^ rotr(a, a1) ^ rotr(a, a2)) + ((a & b) ^ (a & c) ^ (b & c))) \
                & mask
            h, g, f, e, d, c, b, a = g, f, e, (d + t1) & mask, c, b, a, (t1 + t2) & mask
        self._state = [(x + y) & mask for x, y in zip(self._state, (a, b, c, d, e, f, g, h))]

    def _output(self):
        size = self._BITS // 8
        return bytes().join(x.to_bytes(size, 'big') for x in self._state)[:self.digest_size]


def _variant(base, name, **attrs):
    # A member of a family: the base class with its name and sizes.
    attrs.update(name=name, __module__=__name__, __qualname__=name)
    return type(base)(name, (base,), attrs)


# _ROT: rotations of a and e, then the message schedule's two (rotate, rotate, shift).
sha256 = _variant(_Sha2, 'sha256', digest_size=32, _length_bytes=8, _BITS=32, _ROUNDS=64,
                  _ROT=((2, 13, 22), (6, 11, 25), (7, 18, 3), (17, 19, 10)))
sha224 = _variant(sha256, 'sha224', digest_size=28, _TRUNCATED=True)
sha512 = _variant(_Sha2, 'sha512', digest_size=64, block_size=128, _length_bytes=16, _BITS=64,
                  _ROUNDS=80,
                  _ROT=((28, 34, 39), (14, 18, 41), (1, 8, 7), (19, 61, 6)))
sha384 = _variant(sha512, 'sha384', digest_size=48, _TRUNCATED=True)


# SHA-3 (FIPS 202): the Keccak-f[1600] sponge over 25 lanes of 64 bits.
def _lfsr_bits():
    # rc(t) of FIPS 202 for t = 0 .. 167, as 24 round constants.
    out = []
    r = 1
    for t in range(255):
        out.append(r & 1)
        r <<= 1
        if r & 0x100:
            r ^= 0x171
    consts = []
    for i in range(24):
        c = 0
        for j in range(7):
            if out[(j + 7 * i) % 255]:
                c |= 1 << ((1 << j) - 1)
        consts.append(c)
    return consts


_KECCAK_RC = _lfsr_bits()
_KECCAK_ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61],
               [28, 55, 25, 21, 56], [27, 20, 39, 8, 14]]


def _keccak_f(lanes):
    a = lanes
    for rc in _KECCAK_RC:
        c = [a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20] for x in range(5)]
        d = [c[(x - 1) % 5] ^ (((c[(x + 1) % 5] << 1) | (c[(x + 1) % 5] >> 63)) & _M64)
             for x in range(5)]
        a = [a[i] ^ d[i % 5] for i in range(25)]
        b = [0] * 25
        for x in range(5):
            for y in range(5):
                v = a[x + 5 * y]
                n = _KECCAK_ROT[x][y]
                b[y + 5 * ((2 * x + 3 * y) % 5)] = ((v << n) | (v >> (64 - n))) & _M64 if n else v
        a = [b[i] ^ ((~b[(i % 5 + 1) % 5 + 5 * (i // 5)]) & b[(i % 5 + 2) % 5 + 5 * (i // 5)])
             for i in range(25)]
        a[0] ^= rc
    return a


class _Sha3:
    _suffix = 0x06
    # The security strength in bytes: SHAKE's (its digest_size is 0), else the digest's.
    _strength = 0

    def __init__(self, data=None, *, usedforsecurity=True):
        self._lanes = [0] * 25
        self._pending = b''
        self.block_size = 200 - 2 * (self._strength or self.digest_size)
        if data is not None:
            self.update(data)

    def update(self, data):
        data = self._pending + _as_bytes(data)
        rate = self.block_size
        for start in range(0, len(data) - len(data) % rate, rate):
            self._absorb(data[start:start + rate])
        self._pending = data[len(data) - len(data) % rate:]

    def _absorb(self, block):
        lanes = self._lanes
        for i in range(len(block) // 8):
            lanes[i] ^= int.from_bytes(block[8 * i:8 * i + 8], 'little')
        self._lanes = _keccak_f(lanes)

    def copy(self):
        other = object.__new__(type(self))
        other.__dict__.update(self.__dict__)
        other._lanes = list(self._lanes)
        return other

    def _squeeze(self, length):
        rate = self.block_size
        saved = (list(self._lanes), self._pending)
        tail = bytearray(self._pending)
        tail.append(self._suffix)
        tail.extend(bytes(rate - len(tail)))
        tail[-1] |= 0x80
        self._absorb(bytes(tail))
        out = b''
        while True:
            out += b''.join(x.to_bytes(8, 'little') for x in self._lanes)[:rate]
            if len(out) >= length:
                break
            self._lanes = _keccak_f(self._lanes)
        self._lanes, self._pending = saved
        return out[:length]

    def digest(self):
        return self._squeeze(self.digest_size)

    def hexdigest(self):
        return self.digest().hex()


sha3_224 = _variant(_Sha3, 'sha3_224', digest_size=28)
sha3_256 = _variant(_Sha3, 'sha3_256', digest_size=32)
sha3_384 = _variant(_Sha3, 'sha3_384', digest_size=48)
sha3_512 = _variant(_Sha3, 'sha3_512', digest_size=64)


class _Shake(_Sha3):
    _suffix = 0x1f

    def digest(self, length):
        return self._squeeze(length)

    def hexdigest(self, length):
        return self._squeeze(length).hex()


shake_128 = _variant(_Shake, 'shake_128', digest_size=0, _strength=16)
shake_256 = _variant(_Shake, 'shake_256', digest_size=0, _strength=32)


# BLAKE2 (RFC 7693): blake2b on 64-bit words, blake2s on 32-bit words.
_BLAKE2_SIGMA = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0]]
_BLAKE2_IV64 = [0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b,
                0xa54ff53a5f1d36f1, 0x510e527fade682d1, 0x9b05688c2b3e6c1f,
                0x1f83d9abfb41bd6b, 0x5be0cd19137e2179]
_BLAKE2_IV32 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c,
                0x1f83d9ab, 0x5be0cd19]


class _Blake2:
    def __init__(self, data=b'', *, digest_size=None, key=b'', salt=b'', person=b'',
                 fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
                 inner_size=0, last_node=False, usedforsecurity=True):
        if digest_size is None:
            digest_size = self.MAX_DIGEST_SIZE
        if not 1 <= digest_size <= self.MAX_DIGEST_SIZE:
            raise ValueError('digest_size must be between 1 and %d bytes'
                             % self.MAX_DIGEST_SIZE)
        key = _as_bytes(key)
        if len(key) > self.MAX_KEY_SIZE:
            raise ValueError('maximum key length is %d bytes' % self.MAX_KEY_SIZE)
        self.digest_size = digest_size
        w = self._WORD
        param = bytearray(self.block_size // 2)
        param[0] = digest_size
        param[1] = len(key)
        param[2] = fanout
        param[3] = depth
        salt = _as_bytes(salt)
        person = _as_bytes(person)
        half = self.SALT_SIZE
        param[4:8] = leaf_size.to_bytes(4, 'little')
        node = 8 if w == 8 else 6
        param[8:8 + node] = node_offset.to_bytes(node, 'little')
        param[8 + node] = node_depth
        param[9 + node] = inner_size
        param[4 * w: 4 * w + half] = salt.ljust(half, b'\0')
        param[4 * w + half: 4 * w + 2 * half] = person.ljust(half, b'\0')
        words = [int.from_bytes(param[i * w:(i + 1) * w], 'little') for i in range(8)]
        self._h = [iv ^ p for iv, p in zip(self._IV, words)]
        self._t = 0
        self._buf = b''
        if key:
            self._buf = key.ljust(self.block_size, b'\0')
        if data:
            self.update(data)

    def _compress(self, block, last):
        w = self._WORD
        bits = 8 * w
        mask = (1 << bits) - 1
        r1, r2, r3, r4 = self._ROT
        m = [int.from_bytes(block[i * w:(i + 1) * w], 'little') for i in range(16)]
        v = self._h + self._IV
        v[12] ^= self._t & mask
        v[13] ^= (self._t >> bits) & mask
        if last:
            v[14] ^= mask

        def g(a, b, c, d, x, y):
            v[a] = (v[a] + v[b] + x) & mask
            z = v[d] ^ v[a]
            v[d] = ((z >> r1) | (z << (bits - r1))) & mask
            v[c] = (v[c] + v[d]) & mask
            z = v[b] ^ v[c]
            v[b] = ((z >> r2) | (z << (bits - r2))) & mask
            v[a] = (v[a] + v[b] + y) & mask
            z = v[d] ^ v[a]
            v[d] = ((z >> r3) | (z << (bits - r3))) & mask
            v[c] = (v[c] + v[d]) & mask
            z = v[b] ^ v[c]
            v[b] = ((z >> r4) | (z << (bits - r4))) & mask
        for r in range(self._ROUNDS):
            s = _BLAKE2_SIGMA[r % 10]
            g(0, 4, 8, 12, m[s[0]], m[s[1]])
            g(1, 5, 9, 13, m[s[2]], m[s[3]])
            g(2, 6, 10, 14, m[s[4]], m[s[5]])
            g(3, 7, 11, 15, m[s[6]], m[s[7]])
            g(0, 5, 10, 15, m[s[8]], m[s[9]])
            g(1, 6, 11, 12, m[s[10]], m[s[11]])
            g(2, 7, 8, 13, m[s[12]], m[s[13]])
            g(3, 4, 9, 14, m[s[14]], m[s[15]])
        self._h = [self._h[i] ^ v[i] ^ v[i + 8] for i in range(8)]

    def update(self, data):
        data = self._buf + _as_bytes(data)
        size = self.block_size
        # The last block waits: it is compressed with the final flag.
        while len(data) > size:
            self._t += size
            self._compress(data[:size], False)
            data = data[size:]
        self._buf = data

    def copy(self):
        other = object.__new__(type(self))
        other.__dict__.update(self.__dict__)
        other._h = list(self._h)
        return other

    def digest(self):
        h = list(self._h)
        t = self._t
        self._t += len(self._buf)
        self._compress(self._buf.ljust(self.block_size, b'\0'), True)
        out = b''.join(x.to_bytes(self._WORD, 'little') for x in self._h)
        self._h = h
        self._t = t
        return out[:self.digest_size]

    def hexdigest(self):
        return self.digest().hex()


def _blake2(name, word, **attrs):
    # The sizes follow from the word size (8 bytes for blake2b, 4 for blake2s).
    return _variant(_Blake2, name, block_size=16 * word, MAX_DIGEST_SIZE=8 * word,
                    MAX_KEY_SIZE=8 * word, SALT_SIZE=2 * word, PERSON_SIZE=2 * word,
                    _WORD=word, **attrs)


blake2b = _blake2('blake2b', 8, _IV=_BLAKE2_IV64, _ROT=(32, 24, 16, 63), _ROUNDS=12)
blake2s = _blake2('blake2s', 4, _IV=_BLAKE2_IV32, _ROT=(16, 12, 8, 7), _ROUNDS=10)


_CONSTRUCTORS = {'md5': md5, 'sha1': sha1, 'sha224': sha224, 'sha256': sha256,
                 'sha384': sha384, 'sha512': sha512, 'sha3_224': sha3_224,
                 'sha3_256': sha3_256, 'sha3_384': sha3_384, 'sha3_512': sha3_512,
                 'shake_128': shake_128, 'shake_256': shake_256, 'blake2b': blake2b,
                 'blake2s': blake2s}
algorithms_guaranteed = frozenset(_CONSTRUCTORS)
algorithms_available = frozenset(_CONSTRUCTORS)


def new(name, data=None, **kwargs):
    try:
        cls = _CONSTRUCTORS[name.lower()]
    except KeyError:
        raise ValueError('unsupported hash type ' + name) from None
    return cls(data) if data is not None else cls()
