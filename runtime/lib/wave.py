"""wave: reading and writing uncompressed (PCM) WAV files."""

import builtins
import struct
from collections import namedtuple

__all__ = ['open', 'Error', 'Wave_read', 'Wave_write']


class Error(Exception):
    pass


WAVE_FORMAT_PCM = 0x0001

# The public repr reads "_wave_params(...)", so the tuple type keeps that name.
_wave_params = namedtuple('_wave_params', ['nchannels', 'sampwidth', 'framerate',
                                           'nframes', 'comptype', 'compname'])


def _fail_unless(ok, message):
    """Raise Error(message) unless `ok`; otherwise hand `ok` back to the caller."""
    if not ok:
        raise Error(message)
    return ok


def _iter_chunks(blob, offset):
    """Yield (tag, declared length, payload) for each RIFF sub-chunk from `offset` on."""
    while offset + 8 <= len(blob):
        tag, length = struct.unpack_from('<4sL', blob, offset)
        body_at = offset + 8
        yield tag, length, blob[body_at:body_at + length]
        # Chunks are word aligned: an odd length is followed by one pad byte.
        offset = body_at + length + length % 2


class _WaveCommon:
    """What readers and writers share: owning the file, context use, no marks."""

    def _take(self, target, how):
        # A path means we open, and so must later close, the file ourselves.
        owned = isinstance(target, str)
        self._fp = builtins.open(target, how) if owned else target
        self._owned = self._fp if owned else None

    def _drop_owned(self):
        mine, self._owned = self._owned, None
        if mine is not None:
            mine.close()

    def __enter__(self): return self
    def __exit__(self, *exc): self.close()
    def getmarkers(self): return None
    def getmark(self, id): raise Error('no marks')


class Wave_read(_WaveCommon):
    def __init__(self, f):
        self._take(f, 'rb')
        try:
            self._load(self._fp.read())
        except BaseException:
            self._drop_owned()
            raise
        self._cursor = 0

    def _load(self, blob):
        if len(blob) < 8:
            raise EOFError  # not even a complete chunk header
        magic, riff_len = struct.unpack_from('<4sL', blob)
        _fail_unless(magic == b'RIFF', 'file does not start with RIFF id')
        blob = blob[:8 + riff_len]  # sub-chunks must lie inside the RIFF chunk's size
        _fail_unless(blob[8:12] == b'WAVE', 'not a WAVE file')
        header = samples = None
        for tag, length, payload in _iter_chunks(blob, 12):
            if tag == b'fmt ':
                header = payload
            elif tag == b'data':
                _fail_unless(header is not None, 'data chunk before fmt chunk')
                samples, samples_len = payload, length
                break
        _fail_unless(header is not None and samples is not None,
                     'fmt chunk and/or data chunk missing')
        kind, chans, rate = struct.unpack_from('<HHL', header)
        if kind != WAVE_FORMAT_PCM:
            raise Error('unknown format: %r' % (kind,))
        (bits,) = struct.unpack_from('<H', header, 14)
        width = _fail_unless(-(-bits // 8), 'bad sample width')  # partial bytes round up
        _fail_unless(chans, 'bad # of channels')
        self._chans, self._width, self._rate, self._samples = chans, width, rate, samples
        self._stride = chans * width
        # The frame count comes from the declared size, even if the file is short.
        self._count = samples_len // self._stride

    # Plain accessors: everything was decoded up front by _load().
    def getfp(self): return self._fp
    def tell(self): return self._cursor
    def getnchannels(self): return self._chans
    def getnframes(self): return self._count
    def getsampwidth(self): return self._width
    def getframerate(self): return self._rate
    def getcomptype(self): return 'NONE'
    def getcompname(self): return 'not compressed'
    def rewind(self): self._cursor = 0

    def close(self):
        self._fp = None
        self._drop_owned()

    def getparams(self):
        return _wave_params(self._chans, self._width, self._rate, self._count, 'NONE',
                            'not compressed')

    def setpos(self, pos):
        _fail_unless(0 <= pos <= self._count, 'position not in range')
        self._cursor = pos

    def readframes(self, nframes):
        lo = self._cursor * self._stride
        hi = None if nframes < 0 else lo + nframes * self._stride  # negative: all the rest
        chunk = self._samples[lo:hi]
        self._cursor += len(chunk) // self._stride
        return chunk


class Wave_write(_WaveCommon):
    # The header goes out with the first frames, sized from setnframes() or from
    # that first batch; close() rewrites it if the final amount turned out different.
    def __init__(self, f):
        self._take(f, 'wb')
        self._chans = self._width = self._rate = self._declared = 0
        self._done = self._bytes = 0  # frames and data bytes written so far
        self._promised = None  # data bytes announced in the header, once it is written

    def _vet(self, ok=True, complaint=None, value=None):
        # Every setter first refuses once the header is out, then checks its own value.
        _fail_unless(self._promised is None, 'cannot change parameters after starting to write')
        _fail_unless(ok, complaint)
        return value

    def setnchannels(self, nchannels):
        self._chans = self._vet(nchannels >= 1, 'bad # of channels', nchannels)

    def getnchannels(self):
        return _fail_unless(self._chans, 'number of channels not set')

    def setsampwidth(self, sampwidth):
        self._width = self._vet(1 <= sampwidth <= 4, 'bad sample width', sampwidth)

    def getsampwidth(self):
        return _fail_unless(self._width, 'sample width not set')

    def setframerate(self, framerate):
        self._vet(framerate > 0, 'bad frame rate')
        self._rate = int(round(framerate))

    def getframerate(self):
        return _fail_unless(self._rate, 'frame rate not set')

    def setnframes(self, nframes):
        self._declared = self._vet(value=nframes)

    # CPython leaves these unset until setcomptype(); reading them earlier is an
    # AttributeError naming the attribute, so the names are kept for that message.
    def setcomptype(self, comptype, compname):
        self._vet(comptype == 'NONE', 'unsupported compression type')
        self._comptype, self._compname = comptype, compname

    def getcomptype(self): return self._comptype
    def getcompname(self): return self._compname

    def setparams(self, params):
        self._vet()
        chans, width, rate, count, kind, label = params
        self.setnchannels(chans)
        self.setsampwidth(width)
        self.setframerate(rate)
        self.setnframes(count)
        self.setcomptype(kind, label)

    def getparams(self):
        _fail_unless(self._chans and self._width and self._rate, 'not all parameters set')
        return _wave_params(self._chans, self._width, self._rate, self._declared,
                            self._comptype, self._compname)

    def setmark(self, id, pos, name):
        raise Error('setmark() not supported')

    def getnframes(self):
        return self._done

    tell = getnframes

    def _header(self, nbytes):
        """RIFF header, 16-byte PCM fmt chunk and the data chunk's own header."""
        align = self._chans * self._width
        fmt = struct.pack('<HHLLHH', WAVE_FORMAT_PCM, self._chans, self._rate,
                          self._rate * align, align, self._width * 8)
        return b''.join([b'RIFF', struct.pack('<L', 36 + nbytes), b'WAVE',
                         b'fmt ', struct.pack('<L', len(fmt)), fmt,
                         b'data', struct.pack('<L', nbytes)])

    def _start(self, first_len):
        if self._promised is not None:
            return
        _fail_unless(self._chans, '# channels not specified')
        _fail_unless(self._width, 'sample width not specified')
        _fail_unless(self._rate, 'sampling rate not specified')
        align = self._chans * self._width
        if not self._declared:
            self._declared = first_len // align
        self._promised = self._declared * align
        try:
            self._origin = self._fp.tell()
        except (AttributeError, OSError):
            self._origin = None  # unseekable output: the header cannot be patched later
        self._fp.write(self._header(self._promised))

    def writeframesraw(self, data):
        raw = bytes(memoryview(data).cast('B'))  # a str fails here, as in CPython
        self._start(len(raw))
        self._fp.write(raw)
        self._bytes += len(raw)
        self._done = self._bytes // (self._chans * self._width)

    def writeframes(self, data):
        self.writeframesraw(data)
        if self._bytes != self._promised:
            self._fix_header()

    def _fix_header(self):
        # Only possible on a seekable file: go back, restate the sizes, return.
        out = self._fp
        here = out.tell()
        out.seek(self._origin)
        out.write(self._header(self._bytes))
        out.seek(here)
        self._promised = self._bytes

    def close(self):
        out = self._fp
        if out is None:
            return
        try:
            self._start(0)
            if self._bytes != self._promised:
                self._fix_header()
            out.flush()
        finally:
            self._fp = None
            self._drop_owned()


def open(f, mode=None):
    if mode is None:
        mode = getattr(f, 'mode', 'rb')
    if mode in ('r', 'rb'):
        return Wave_read(f)
    if mode in ('w', 'wb'):
        return Wave_write(f)
    raise Error("mode must be 'r', 'rb', 'w', or 'wb'")
