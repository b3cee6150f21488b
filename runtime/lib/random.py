"""Pseudo-random numbers: the Mersenne Twister (MT19937) seeded as CPython seeds it, so
random.seed(n) (n an int) gives the same numbers as CPython's random module."""

import math as _math
from bisect import bisect as _bisect

__all__ = ['Random', 'SystemRandom', 'seed', 'random', 'uniform', 'randint', 'choice', 'sample', 'randrange',
           'shuffle', 'normalvariate', 'lognormvariate', 'expovariate', 'triangular',
           'gauss', 'getstate', 'setstate', 'getrandbits', 'choices', 'randbytes',
           'betavariate', 'gammavariate', 'paretovariate', 'weibullvariate', 'vonmisesvariate']

_N = 624
_M = 397
_MATRIX_A = 0x9908b0df
_UPPER = 0x80000000
_LOWER = 0x7fffffff
_MASK32 = 0xffffffff
_NV_MAGICCONST = 4 * _math.exp(-0.5) / _math.sqrt(2.0)
_LOG4 = _math.log(4.0)
_TWOPI = 2.0 * _math.pi
_SG_MAGICCONST = 1.0 + _math.log(4.5)


class Random:
    """A generator with its own state; the module's functions share one instance."""

    VERSION = 3

    def __init__(self, x=None):
        self._mt = [0] * _N
        self._out = []
        self._index = _N + 1
        self.gauss_next = None
        self.seed(x)

    # The Mersenne Twister core.
    def _init_genrand(self, s):
        self._out = []
        mt = self._mt
        mt[0] = s & _MASK32
        for i in range(1, _N):
            prev = mt[i - 1]
            mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & _MASK32
        self._index = _N

    def _init_by_array(self, key):
        self._init_genrand(19650218)
        mt = self._mt
        i, j = 1, 0
        length = len(key)
        for _ in range(max(_N, length)):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + j) & _MASK32
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= length:
                j = 0
        for _ in range(_N - 1):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & _MASK32
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
        mt[0] = 0x80000000

    def _twist(self):
        # Regenerates all 624 words, then tempers them into the output buffer at once.
        mt = self._mt
        upper, lower, matrix = _UPPER, _LOWER, _MATRIX_A
        for k in range(_N - _M):
            y = (mt[k] & upper) | (mt[k + 1] & lower)
            mt[k] = mt[k + _M] ^ (y >> 1) ^ (matrix if y & 1 else 0)
        for k in range(_N - _M, _N - 1):
            y = (mt[k] & upper) | (mt[k + 1] & lower)
            mt[k] = mt[k + _M - _N] ^ (y >> 1) ^ (matrix if y & 1 else 0)
        y = (mt[_N - 1] & upper) | (mt[0] & lower)
        mt[_N - 1] = mt[_M - 1] ^ (y >> 1) ^ (matrix if y & 1 else 0)
        out = []
        append = out.append
        for y in mt:
            y ^= y >> 11
            y ^= (y << 7) & 0x9d2c5680
            y ^= (y << 15) & 0xefc60000
            append(y ^ (y >> 18))
        self._out = out
        self._index = 0

    def _genrand_uint32(self):
        if self._index >= _N:
            self._twist()
        i = self._index
        self._index = i + 1
        return self._out[i]

    # Seeding and state.
    def seed(self, a=None, version=2):
        """Initializes the state; an int seed is split into 32-bit words, low first."""
        if a is None:
            a = _entropy()
        elif isinstance(a, (str, bytes, bytearray)):
            if version == 1:
                raise NotImplementedError('version 1 string seeds are not supported')
            data = a.encode() if isinstance(a, str) else bytes(a)
            a = int.from_bytes(data + _sha512(data), 'big')
        elif isinstance(a, float):
            a = hash(a)
        elif not isinstance(a, int):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        a = abs(a)
        key = []
        while a:
            key.append(a & _MASK32)
            a >>= 32
        if not key:
            key = [0]
        self._init_by_array(key)
        self.gauss_next = None

    def getstate(self):
        return self.VERSION, tuple(self._mt) + (self._index,), self.gauss_next

    def setstate(self, state):
        version = state[0]
        if version != 3:
            raise ValueError('state with version %s passed to Random.setstate() of version %s'
                             % (version, self.VERSION))
        internal = state[1]
        if len(internal) != _N + 1:
            raise ValueError('state vector is the wrong size')
        self._mt = [int(x) & _MASK32 for x in internal[:_N]]
        index = internal[_N]
        if not 0 <= index <= _N:
            raise ValueError('invalid state')
        self._index = index
        self._out = _tempered(self._mt)
        self.gauss_next = state[2]

    # Basic draws.
    def random(self):
        """A float in [0.0, 1.0) with 53 random bits."""
        i = self._index
        if i + 2 <= _N:
            out = self._out
            self._index = i + 2
            a = out[i] >> 5
            b = out[i + 1] >> 6
        else:
            a = self._genrand_uint32() >> 5
            b = self._genrand_uint32() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        """An int with k random bits."""
        if not isinstance(k, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(k).__name__)
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        if k == 0:
            return 0
        if k <= 32:
            return self._genrand_uint32() >> (32 - k)
        result = 0
        shift = 0
        while k > 0:
            word = self._genrand_uint32()
            if k < 32:
                word >>= 32 - k
            result |= word << shift
            shift += 32
            k -= 32
        return result

    def randbytes(self, n):
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def _randbelow(self, n):
        """An int in [0, n), drawing just enough bits and retrying when too big."""
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    # Integers.
    def randrange(self, start, stop=None, step=1):
        """A random item of range(start, stop, step)."""
        istart = _as_int(start)
        if stop is None:
            if step != 1:
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError('empty range for randrange()')
        istop = _as_int(stop)
        width = istop - istart
        istep = _as_int(step)
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError('empty range for randrange() (%d, %d, %d)' % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError('zero step for randrange()')
        if n <= 0:
            raise ValueError('empty range for randrange()')
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """A random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    # Sequences.
    def choice(self, seq):
        """A random item of a non-empty sequence."""
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffles the list x in place."""
        randbelow = self._randbelow
        for i in reversed(range(1, len(x))):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """k distinct items of population, in selection order."""
        if not hasattr(type(population), '__getitem__') or isinstance(population, dict) \
                or not hasattr(type(population), '__len__'):
            raise TypeError('Population must be a sequence.  For dicts or sets, use sorted(d).')
        n = len(population)
        if counts is not None:
            cum_counts = []
            total = 0
            for c in counts:
                total += c
                cum_counts.append(total)
            if len(cum_counts) != n:
                raise ValueError('The number of counts does not match the population')
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            selections = self.sample(range(total), k=k)
            return [population[_bisect(cum_counts, s)] for s in selections]
        if not 0 <= k <= n:
            raise ValueError('Sample larger than population or is negative')
        result = [None] * k
        # Small samples remember chosen indices in a set; others draw from a shrinking pool.
        setsize = 21
        if k > 5:
            setsize += 4 ** _math.ceil(_math.log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = self._randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            for i in range(k):
                j = self._randbelow(n)
                while j in selected:
                    j = self._randbelow(n)
                selected.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k items chosen with replacement, optionally weighted."""
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_math.floor(random() * n)] for _ in range(k)]
            cum_weights = []
            total = 0
            for w in weights:
                total += w
                cum_weights.append(total)
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _math.isfinite(total):
            raise ValueError('Total of weights must be finite')
        hi = n - 1
        return [population[_bisect(cum_weights, random() * total, 0, hi)] for _ in range(k)]

    # Real-valued distributions.
    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _math.sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        # Kinderman and Monahan's ratio-of-uniforms method.
        while True:
            u1 = self.random()
            u2 = 1.0 - self.random()
            z = _NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_math.log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        # Box-Muller: two normal values per two uniforms; the second is kept for later.
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = self.random() * _TWOPI
            g2rad = _math.sqrt(-2.0 * _math.log(1.0 - self.random()))
            z = _math.cos(x2pi) * g2rad
            self.gauss_next = _math.sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _math.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        return -_math.log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        random = self.random
        if kappa <= 1e-6:
            return _TWOPI * random()
        s = 0.5 / kappa
        r = s + _math.sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = _math.cos(_math.pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _math.exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            theta = (mu + _math.acos(f)) % _TWOPI
        else:
            theta = (mu - _math.acos(f)) % _TWOPI
        return theta

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            ainv = _math.sqrt(2.0 * alpha - 1.0)
            bbb = alpha - _LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _math.log(u1 / (1.0 - u1)) / ainv
                x = alpha * _math.exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + _SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _math.log(z):
                    return x * beta
        elif alpha == 1.0:
            return -_math.log(1.0 - random()) * beta
        else:
            while True:
                u = random()
                b = (_math.e + alpha) / _math.e
                p = b * u
                if p <= 1.0:
                    x = p ** (1.0 / alpha)
                else:
                    x = -_math.log((b - p) / alpha)
                u1 = random()
                if p > 1.0:
                    if u1 <= x ** (alpha - 1.0):
                        break
                elif u1 <= _math.exp(-x):
                    break
            return x * beta

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        u = 1.0 - self.random()
        return alpha * (-_math.log(u)) ** (1.0 / beta)

    def __reduce__(self):
        return self.__class__, (), self.getstate()


class SystemRandom(Random):
    """Random numbers from the operating system's source (os.urandom); not seedable."""

    def random(self):
        return (int.from_bytes(_urandom(7), 'big') >> 3) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        numbytes = (k + 7) // 8
        x = int.from_bytes(_urandom(numbytes), 'big')
        return x >> (numbytes * 8 - k)

    def randbytes(self, n):
        return _urandom(n)

    def seed(self, *args, **kwds):
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


def _urandom(n):
    try:
        import os
        return os.urandom(n)
    except Exception:
        return _inst.getrandbits(8 * n).to_bytes(n, 'big')


def _tempered(mt):
    out = []
    for y in mt:
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c5680
        y ^= (y << 15) & 0xefc60000
        out.append(y ^ (y >> 18))
    return out


def _as_int(value):
    if isinstance(value, int):
        return value
    index = getattr(type(value), '__index__', None)
    if index is not None:
        return index(value)
    if isinstance(value, float) and value == int(value):
        return int(value)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _entropy():
    try:
        import os
        return int.from_bytes(os.urandom(32), 'big')
    except Exception:
        pass
    try:
        import time
        return time.time_ns() ^ id(object())
    except Exception:
        return id(object())


# SHA-512, needed only to seed from a str or bytes as CPython does.
_K512 = None


def _sha512(data):
    global _K512
    if _K512 is None:
        _K512 = [_cube_root_fraction(p) for p in _first_primes(80)]
    mask = (1 << 64) - 1

    def rotr(x, n):
        return ((x >> n) | (x << (64 - n))) & mask

    h = [_square_root_fraction(p) for p in _first_primes(8)]
    message = bytearray(data)
    bit_length = len(message) * 8
    message.append(0x80)
    while len(message) % 128 != 112:
        message.append(0)
    message += bit_length.to_bytes(16, 'big')
    for start in range(0, len(message), 128):
        w = [int.from_bytes(message[start + 8 * i:start + 8 * i + 8], 'big') for i in range(16)]
        for i in range(16, 80):
            s0 = rotr(w[i - 15], 1) ^ rotr(w[i - 15], 8) ^ (w[i - 15] >> 7)
            s1 = rotr(w[i - 2], 19) ^ rotr(w[i - 2], 61) ^ (w[i - 2] >> 6)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & mask)
        a, b, c, d, e, f, g, hh = h
        for i in range(80):
            t1 = (hh + (rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)) + ((e & f) ^ (~e & g))
                  + _K512[i] + w[i]) & mask
            t2 = ((rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)) + ((a & b) ^ (a & c) ^ (b & c))) & mask
            hh, g, f, e, d, c, b, a = g, f, e, (d + t1) & mask, c, b, a, (t1 + t2) & mask
        h = [(x + y) & mask for x, y in zip(h, (a, b, c, d, e, f, g, hh))]
    return bytes().join(x.to_bytes(8, 'big') for x in h)


def _first_primes(n):
    primes = []
    candidate = 2
    while len(primes) < n:
        if all(candidate % p for p in primes if p * p <= candidate):
            primes.append(candidate)
        candidate += 1
    return primes


def _int_root(value, k):
    # The largest r with r ** k <= value, by Newton's method on integers.
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


def _square_root_fraction(p):
    # The first 64 bits of the fractional part of sqrt(p).
    return _int_root(p << 128, 2) & ((1 << 64) - 1)


def _cube_root_fraction(p):
    # The first 64 bits of the fractional part of p ** (1/3).
    return _int_root(p << 192, 3) & ((1 << 64) - 1)


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
