"""wave: reading and writing uncompressed (PCM) WAV files."""

import builtins
import struct
from collections import namedtuple

__all__ = ["open", "Error", "Wave_read", "Wave_write"]


class Error(Exception):
    pass


WAVE_FORMAT_PCM = 0x0001
WAVE_FORMAT_EXTENSIBLE = 0xFFFE

_wave_params = namedtuple('_wave_params',
                          'nchannels sampwidth framerate nframes comptype compname')


class Wave_read:
    def __init__(self, f):
        self._i_opened_the_file = None
        if isinstance(f, str):
            f = builtins.open(f, 'rb')
            self._i_opened_the_file = f
        try:
            self._data = f.read()
            self._parse()
        except BaseException:
            if self._i_opened_the_file:
                f.close()
            raise
        self._file = f
        self._pos = 0

    def _parse(self):
        data = self._data
        if data[:4] != b'RIFF':
            raise Error('file does not start with RIFF id')
        if data[8:12] != b'WAVE':
            raise Error('not a WAVE file')
        pos = 12
        fmt = None
        self._frames = None
        while pos + 8 <= len(data):
            name = data[pos:pos + 4]
            size = struct.unpack('<L', data[pos + 4:pos + 8])[0]
            body = data[pos + 8:pos + 8 + size]
            if name == b'fmt ':
                fmt = body
            elif name == b'data':
                if fmt is None:
                    raise Error('data chunk before fmt chunk')
                self._frames = body
                break
            pos += 8 + size + (size & 1)
        if fmt is None or self._frames is None:
            raise Error('fmt chunk and/or data chunk missing')
        tag, self._nchannels, self._framerate, _rate, _align = struct.unpack('<HHLLH', fmt[:14])
        if tag not in (WAVE_FORMAT_PCM, WAVE_FORMAT_EXTENSIBLE):
            raise Error('unknown format: %r' % (tag,))
        bits = struct.unpack('<H', fmt[14:16])[0]
        self._sampwidth = (bits + 7) // 8
        if not self._sampwidth:
            raise Error('bad sample width')
        if not self._nchannels:
            raise Error('bad # of channels')
        self._framesize = self._nchannels * self._sampwidth
        self._nframes = len(self._frames) // self._framesize

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def getfp(self):
        return self._file

    def rewind(self):
        self._pos = 0

    def close(self):
        file = self._i_opened_the_file
        if file:
            self._i_opened_the_file = None
            file.close()

    def tell(self):
        return self._pos

    def getnchannels(self):
        return self._nchannels

    def getnframes(self):
        return self._nframes

    def getsampwidth(self):
        return self._sampwidth

    def getframerate(self):
        return self._framerate

    def getcomptype(self):
        return 'NONE'

    def getcompname(self):
        return 'not compressed'

    def getparams(self):
        return _wave_params(self.getnchannels(), self.getsampwidth(), self.getframerate(),
                            self.getnframes(), self.getcomptype(), self.getcompname())

    def getmarkers(self):
        return None

    def getmark(self, id):
        raise Error('no marks')

    def setpos(self, pos):
        if pos < 0 or pos > self._nframes:
            raise Error('position not in range')
        self._pos = pos

    def readframes(self, nframes):
        start = self._pos * self._framesize
        out = self._frames[start:start + nframes * self._framesize]
        self._pos += len(out) // self._framesize
        return out


class Wave_write:
    def __init__(self, f):
        self._i_opened_the_file = None
        if isinstance(f, str):
            f = builtins.open(f, 'wb')
            self._i_opened_the_file = f
        self._file = f
        self._nchannels = 0
        self._sampwidth = 0
        self._framerate = 0
        self._nframes = 0
        self._frames = []
        self._written = 0
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def setnchannels(self, nchannels):
        if nchannels < 1:
            raise Error('bad # of channels')
        self._nchannels = nchannels

    def getnchannels(self):
        if not self._nchannels:
            raise Error('number of channels not set')
        return self._nchannels

    def setsampwidth(self, sampwidth):
        if sampwidth < 1 or sampwidth > 4:
            raise Error('bad sample width')
        self._sampwidth = sampwidth

    def getsampwidth(self):
        if not self._sampwidth:
            raise Error('sample width not set')
        return self._sampwidth

    def setframerate(self, framerate):
        if framerate <= 0:
            raise Error('bad frame rate')
        self._framerate = int(round(framerate))

    def getframerate(self):
        if not self._framerate:
            raise Error('frame rate not set')
        return self._framerate

    def setnframes(self, nframes):
        self._nframes = nframes

    def getnframes(self):
        return self._written

    def setcomptype(self, comptype, compname):
        if comptype not in ('NONE',):
            raise Error('unsupported compression type')

    def getcomptype(self):
        return 'NONE'

    def getcompname(self):
        return 'not compressed'

    def setparams(self, params):
        nchannels, sampwidth, framerate, nframes, comptype, compname = params
        self.setnchannels(nchannels)
        self.setsampwidth(sampwidth)
        self.setframerate(framerate)
        self.setnframes(nframes)
        self.setcomptype(comptype, compname)

    def getparams(self):
        if not self._nchannels or not self._sampwidth or not self._framerate:
            raise Error('not all parameters set')
        return _wave_params(self._nchannels, self._sampwidth, self._framerate,
                            self._nframes, 'NONE', 'not compressed')

    def setmark(self, id, pos, name):
        raise Error('setmark() not supported')

    def getmark(self, id):
        raise Error('no marks')

    def getmarkers(self):
        return None

    def tell(self):
        return self._written

    def writeframesraw(self, data):
        data = bytes(data)
        self._frames.append(data)
        self._written += len(data) // (self._sampwidth * self._nchannels)

    def writeframes(self, data):
        self.writeframesraw(data)

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            frames = bytes().join(self._frames)
            nchannels, width, rate = self._nchannels, self._sampwidth, self._framerate
            header = struct.pack('<4sL4s4sLHHLLHH4sL', b'RIFF', 36 + len(frames), b'WAVE',
                                 b'fmt ', 16, WAVE_FORMAT_PCM, nchannels, rate,
                                 nchannels * rate * width, nchannels * width, width * 8,
                                 b'data', len(frames))
            self._file.write(header + frames)
            if len(frames) & 1:
                self._file.write(bytes(1))
            if hasattr(self._file, 'flush'):
                self._file.flush()
        finally:
            if self._i_opened_the_file:
                self._i_opened_the_file.close()
                self._i_opened_the_file = None


def open(f, mode=None):
    if mode is None:
        mode = getattr(f, 'mode', 'rb')
    if mode in ('r', 'rb'):
        return Wave_read(f)
    if mode in ('w', 'wb'):
        return Wave_write(f)
    raise Error("mode must be 'r', 'rb', 'w', or 'wb'")
