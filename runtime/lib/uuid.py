"""UUID objects (RFC 4122): parsing and formatting, uuid1, uuid3, uuid4, uuid5 and the
standard namespaces."""

__all__ = ['UUID', 'uuid1', 'uuid3', 'uuid4', 'uuid5', 'NAMESPACE_DNS', 'NAMESPACE_URL',
           'NAMESPACE_OID', 'NAMESPACE_X500', 'RESERVED_NCS', 'RFC_4122',
           'RESERVED_MICROSOFT', 'RESERVED_FUTURE', 'SafeUUID']

RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'


class SafeUUID:
    safe = 0
    unsafe = -1
    unknown = None


class UUID:
    """A 128-bit universally unique identifier."""
    __slots__ = ('int', 'is_safe')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None,
                 version=None, *, is_safe=SafeUUID.unknown):
        given = [hex, bytes, bytes_le, fields, int].count(None)
        if given != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, or int arguments '
                            'must be given')
        if hex is not None:
            hex = hex.replace('urn:', '').replace('uuid:', '')
            hex = hex.strip('{}').replace('-', '')
            if len(hex) != 32 or not all(c in '0123456789abcdefABCDEF' for c in hex):
                raise ValueError('badly formed hexadecimal UUID string')
            int = __builtins_int__(hex, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            b = list(bytes_le)
            bytes = _builtins_bytes(b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:])
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            int = __builtins_int__.from_bytes(bytes, 'big')
        if fields is not None:
            if len(fields) != 6:
                raise ValueError('fields is not a 6-tuple')
            time_low, time_mid, time_hi, seq_hi, seq_low, node = fields
            limits = (1 << 32, 1 << 16, 1 << 16, 1 << 8, 1 << 8, 1 << 48)
            names = ('time_low', 'time_mid', 'time_hi_version', 'clock_seq_hi_variant',
                     'clock_seq_low', 'node')
            for value, limit, name in zip(fields, limits, names):
                if not 0 <= value < limit:
                    raise ValueError('field %d out of range (need a %d-bit value)'
                                     % (names.index(name) + 1, limit.bit_length() - 1))
            clock_seq = (seq_hi << 8) | seq_low
            int = ((time_low << 96) | (time_mid << 80) | (time_hi << 64)
                   | (clock_seq << 48) | node)
        if not 0 <= int < 1 << 128:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            int &= ~(0xc000 << 48)
            int |= 0x8000 << 48
            int &= ~(0xf000 << 64)
            int |= version << 76
        object.__setattr__(self, 'int', int)
        object.__setattr__(self, 'is_safe', is_safe)

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        h = '%032x' % self.int
        return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        b = list(self.bytes)
        return _builtins_bytes(b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:])

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    time_low = property(lambda self: self.int >> 96)
    time_mid = property(lambda self: (self.int >> 80) & 0xffff)
    time_hi_version = property(lambda self: (self.int >> 64) & 0xffff)
    clock_seq_hi_variant = property(lambda self: (self.int >> 56) & 0xff)
    clock_seq_low = property(lambda self: (self.int >> 48) & 0xff)
    node = property(lambda self: self.int & 0xffffffffffff)

    @property
    def time(self):
        return (((self.time_hi_version & 0x0fff) << 48) | (self.time_mid << 32)
                | self.time_low)

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def variant(self):
        if not self.int & (0x8000 << 48):
            return RESERVED_NCS
        if not self.int & (0x4000 << 48):
            return RFC_4122
        if not self.int & (0x2000 << 48):
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return (self.int >> 76) & 0xf
        return None


__builtins_int__ = int
_builtins_bytes = bytes


def _random_bytes(n):
    try:
        import os
        return os.urandom(n)
    except Exception:
        import random
        return random.getrandbits(8 * n).to_bytes(n, 'big')


def uuid1(node=None, clock_seq=None):
    import time
    nanoseconds = time.time_ns() if hasattr(time, 'time_ns') else int(time.time() * 1e9)
    timestamp = nanoseconds // 100 + 0x01b21dd213814000
    if clock_seq is None:
        clock_seq = int.from_bytes(_random_bytes(2), 'big') & 0x3fff
    if node is None:
        node = int.from_bytes(_random_bytes(6), 'big') | (1 << 40)
    time_low = timestamp & 0xffffffff
    time_mid = (timestamp >> 32) & 0xffff
    time_hi_version = (timestamp >> 48) & 0x0fff
    return UUID(fields=(time_low, time_mid, time_hi_version, (clock_seq >> 8) & 0x3f,
                        clock_seq & 0xff, node), version=1)


def _name_bytes(name):
    return name.encode('utf-8') if isinstance(name, str) else _builtins_bytes(name)


def uuid3(namespace, name):
    import hashlib
    digest = hashlib.md5(namespace.bytes + _name_bytes(name)).digest()
    return UUID(bytes=digest[:16], version=3)


def uuid4():
    return UUID(bytes=_random_bytes(16), version=4)


def uuid5(namespace, name):
    import hashlib
    digest = hashlib.sha1(namespace.bytes + _name_bytes(name)).digest()
    return UUID(bytes=digest[:16], version=5)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
