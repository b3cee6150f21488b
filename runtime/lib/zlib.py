"""zlib: compression compatible with gzip, over moult's own DEFLATE coder
(the built-in `_zlib`). Streams decode with any zlib; compressed bytes are
valid but not byte-for-byte those of the C library."""

from _zlib import crc32, adler32, deflate_raw as _deflate, inflate_raw as _inflate

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'


class error(Exception):
    pass


error.__module__ = 'zlib'


def _as_bytes(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _check_level(level):
    if not (-1 <= level <= 9):
        raise error('Bad compression level')


def _header(wbits, level):
    """The container of a stream: 'zlib', 'raw' or 'gzip' and its header."""
    if 9 <= wbits <= 15:
        cmf = ((wbits - 8) << 4) | 8
        flevel = 0 if level in (0, 1) else 1 if level in (2, 3, 4, 5) else \
            2 if level in (6, -1) else 3
        flg = flevel << 6
        flg |= 31 - ((cmf << 8 | flg) % 31)
        return 'zlib', bytes([cmf, flg])
    if -15 <= wbits <= -9:
        return 'raw', bytes()
    if 25 <= wbits <= 31:
        xfl = 2 if level == 9 else 4 if level in (0, 1) else 0
        return 'gzip', bytes([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3])
    raise ValueError('Invalid initialization option')


def _trailer(kind, data):
    if kind == 'zlib':
        return adler32(data).to_bytes(4, 'big')
    if kind == 'gzip':
        return crc32(data).to_bytes(4, 'little') + (len(data) & 0xffffffff).to_bytes(4, 'little')
    return bytes()


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    data = _as_bytes(data)
    _check_level(level)
    kind, head = _header(wbits, level)
    return head + _deflate(data, level) + _trailer(kind, data)


def _gzip_header_length(data, what):
    if len(data) < 10:
        return None
    if data[0] != 0x1f or data[1] != 0x8b:
        raise error('Error -3 while %s: incorrect header check' % what)
    if data[2] != 8:
        raise error('Error -3 while %s: unknown compression method' % what)
    flags = data[3]
    pos = 10
    if flags & 4:
        if len(data) < pos + 2:
            return None
        pos += 2 + int.from_bytes(data[pos:pos + 2], 'little')
    for bit in (8, 16):
        if flags & bit:
            end = data.find(bytes(1), pos)
            if end < 0:
                return None
            pos = end + 1
    if flags & 2:
        pos += 2
    return pos if pos <= len(data) else None


def _decode(data, wbits, what):
    """(output, bytes used, finished) for the stream at the start of data;
    finished is False when the input ends early."""
    if wbits == 0:
        wbits = MAX_WBITS
    if 40 <= wbits <= 47:
        wbits = wbits - 16 if data[:2] == bytes([0x1f, 0x8b]) else wbits - 32
    if 8 <= wbits <= 15:
        kind, start = 'zlib', 2
        if len(data) >= 2:
            cmf, flg = data[0], data[1]
            if (cmf << 8 | flg) % 31:
                raise error('Error -3 while %s: incorrect header check' % what)
            if cmf & 15 != 8:
                raise error('Error -3 while %s: unknown compression method' % what)
            if (cmf >> 4) + 8 > wbits:
                raise error('Error -3 while %s: invalid window size' % what)
            if flg & 0x20:
                raise error('Error 2 while %s' % what)
        else:
            return bytes(), 0, False
    elif -15 <= wbits <= -8:
        kind, start = 'raw', 0
    elif 24 <= wbits <= 31:
        kind = 'gzip'
        start = _gzip_header_length(data, what)
        if start is None:
            return bytes(), 0, False
    else:
        raise ValueError('Invalid initialization option')
    try:
        result = _inflate(data[start:])
    except ValueError as e:
        raise error('Error -3 while %s: %s' % (what, e)) from None
    if result is None:
        return bytes(), 0, False
    out, used = result
    end = start + used
    size = {'zlib': 4, 'gzip': 8, 'raw': 0}[kind]
    tail = data[end:end + size]
    if len(tail) < size:
        return out, 0, False
    if kind == 'zlib' and int.from_bytes(tail, 'big') != adler32(out):
        raise error('Error -3 while %s: incorrect data check' % what)
    if kind == 'gzip':
        if int.from_bytes(tail[:4], 'little') != crc32(out):
            raise error('Error -3 while %s: incorrect data check' % what)
        if int.from_bytes(tail[4:], 'little') != len(out) & 0xffffffff:
            raise error('Error -3 while %s: incorrect length check' % what)
    return out, end + size, True


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    data = _as_bytes(data)
    if bufsize < 0:
        raise ValueError('bufsize must be non-negative')
    out, used, done = _decode(data, wbits, 'decompressing data')
    if not done:
        raise error('Error -5 while decompressing data: incomplete or truncated stream')
    return out


class _Compress:
    """compressobj(): collects the data and writes the stream at flush
    (Z_FINISH), or on a sync flush as a complete stream segment."""

    def __init__(self, level, wbits):
        self._level = level
        self._kind, self._head = _header(wbits, level)
        self._pending = []
        self._all = []
        self._started = False
        self._finished = False

    def compress(self, data):
        data = _as_bytes(data)
        if self._finished:
            raise error('Error -2 while compressing data: inconsistent stream state')
        self._pending.append(data)
        self._all.append(data)
        if not self._started:
            self._started = True
            return self._head
        return bytes()

    def flush(self, mode=Z_FINISH):
        if mode == Z_NO_FLUSH:
            return bytes()
        if self._finished:
            raise error('Error -2 while flushing: inconsistent stream state')
        out = bytes() if self._started else self._head
        self._started = True
        if mode != Z_FINISH:
            chunk = bytes().join(self._pending)
            self._pending = []
            if not chunk:
                return out
            # A non-final stored block boundary: the segment ends byte-aligned.
            body = _deflate(chunk, self._level)
            return out + _unfinal(body, chunk, self._level)
        chunk = bytes().join(self._pending)
        self._pending = []
        self._finished = True
        return out + _deflate(chunk, self._level) + _trailer(self._kind, bytes().join(self._all))

    def copy(self):
        other = _Compress.__new__(_Compress)
        other.__dict__.update(self.__dict__)
        other._pending = list(self._pending)
        other._all = list(self._all)
        return other


def _unfinal(body, chunk, level):
    """The blocks of chunk as a non-final segment: stored blocks, whose
    final bit is clear, followed by nothing (the next segment goes on)."""
    out = bytearray()
    for start in range(0, len(chunk), 65535):
        part = chunk[start:start + 65535]
        n = len(part)
        out += bytes([0]) + n.to_bytes(2, 'little') + (n ^ 0xffff).to_bytes(2, 'little') + part
    return bytes(out)


class _Decompress:
    def __init__(self, wbits, zdict):
        self._wbits = wbits
        self._buffer = bytes()
        self._given = 0
        self.unused_data = bytes()
        self.unconsumed_tail = bytes()
        self.eof = False
        self._out = bytes()

    def decompress(self, data, /, max_length=0):
        data = _as_bytes(data)
        if max_length < 0:
            raise ValueError('max_length must be non-negative')
        if self.eof:
            self.unused_data += data
            return bytes()
        self._buffer += self.unconsumed_tail + data if max_length else data
        self.unconsumed_tail = bytes()
        out, used, done = _decode(self._buffer, self._wbits, 'decompressing data')
        if done:
            self.eof = True
            self.unused_data = self._buffer[used:]
            self._buffer = bytes()
            new = out[self._given:]
            self._given = len(out)
        else:
            new = bytes()
        if max_length and len(new) > max_length:
            self._held = new[max_length:]
            new = new[:max_length]
        return new

    def flush(self, length=DEF_BUF_SIZE):
        held = getattr(self, '_held', bytes())
        self._held = bytes()
        return held

    def copy(self):
        other = _Decompress.__new__(_Decompress)
        other.__dict__.update(self.__dict__)
        return other


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    _check_level(level)
    if method != DEFLATED:
        raise ValueError('Invalid initialization option')
    return _Compress(level, wbits)


def decompressobj(wbits=MAX_WBITS, zdict=bytes()):
    if not (8 <= abs(wbits) <= 15 or 24 <= wbits <= 31 or 40 <= wbits <= 47 or wbits == 0):
        raise ValueError('Invalid initialization option')
    return _Decompress(wbits, zdict)


_Compress.__name__ = _Compress.__qualname__ = 'Compress'
_Decompress.__name__ = _Decompress.__qualname__ = 'Decompress'
_Compress.__module__ = _Decompress.__module__ = 'zlib'
