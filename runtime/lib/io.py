"""The io module: the text files and StringIO of the built-in `_io`, plus an
in-memory BytesIO and the abstract base classes for isinstance checks."""

import _io
import sys as _sys
from _io import open, StringIO, TextIOWrapper, DEFAULT_BUFFER_SIZE, SEEK_SET, SEEK_CUR, SEEK_END

__all__ = ['BlockingIOError', 'open', 'open_code', 'IOBase', 'RawIOBase', 'FileIO', 'BytesIO',
           'StringIO', 'BufferedIOBase', 'BufferedReader', 'BufferedWriter',
           'BufferedRWPair', 'BufferedRandom', 'TextIOBase', 'TextIOWrapper',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE',
           'text_encoding']


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


def open_code(path):
    return open(path, 'rb')


def text_encoding(encoding, stacklevel=2):
    return 'locale' if encoding is None else encoding


_BUILTIN_TEXT = (StringIO, TextIOWrapper, type(_sys.stdout), type(_sys.stderr))
_BUILTIN_BINARY = (_io.BufferedReader, _io.BufferedWriter, _io.BufferedRandom)


class _IOMeta(type):
    # StringIO and the open-file type are built in and do not derive from these
    # classes; they still count as instances, as in CPython.
    def __instancecheck__(cls, obj):
        if type.__instancecheck__(cls, obj):
            return True
        if cls in (IOBase, BufferedIOBase) and isinstance(obj, _BUILTIN_BINARY):
            return True
        return cls in (IOBase, TextIOBase) and isinstance(obj, _BUILTIN_TEXT)

    def __subclasscheck__(cls, sub):
        if type.__subclasscheck__(cls, sub):
            return True
        if cls in (IOBase, BufferedIOBase) and sub in _BUILTIN_BINARY:
            return True
        return cls in (IOBase, TextIOBase) and sub in _BUILTIN_TEXT


class IOBase(metaclass=_IOMeta):
    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _checkClosed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    @property
    def closed(self):
        return getattr(self, '_closed', False)

    def close(self):
        self._closed = True

    def flush(self):
        self._checkClosed()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


class FileIO(RawIOBase):
    def __init__(self, *args, **kwargs):
        raise UnsupportedOperation('FileIO is not supported')


BufferedRWPair = FileIO
BufferedReader = _io.BufferedReader
BufferedWriter = _io.BufferedWriter
BufferedRandom = _io.BufferedRandom


def _as_bytes(b):
    if isinstance(b, (bytes, bytearray)):
        return bytes(b)
    if isinstance(b, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(b))
    except Exception:
        raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__) from None


def _size(size):
    if size is None:
        return -1
    if not hasattr(size, '__index__'):
        raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
    return size.__index__()


class BytesIO(BufferedIOBase):
    """A binary stream in memory."""

    def __init__(self, initial_bytes=None):
        self._buf = bytearray() if initial_bytes is None else bytearray(_as_bytes(initial_bytes))
        self._pos = 0
        self._closed = False

    def __repr__(self):
        return '<_io.BytesIO object at %#x>' % id(self)

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def getbuffer(self):
        self._check()
        return memoryview(self._buf)

    def read(self, size=-1):
        self._check()
        size = _size(size)
        start = min(self._pos, len(self._buf))
        end = len(self._buf) if size < 0 else min(start + size, len(self._buf))
        self._pos = end
        return bytes(self._buf[start:end])

    read1 = read

    def readline(self, size=-1):
        self._check()
        size = _size(size)
        start = min(self._pos, len(self._buf))
        newline = self._buf.find(b'\n', start)
        end = len(self._buf) if newline < 0 else newline + 1
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return bytes(self._buf[start:end])

    def readlines(self, hint=-1):
        self._check()
        return IOBase.readlines(self, _size(hint))

    def readinto(self, buffer):
        self._check()
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def write(self, b):
        self._check()
        data = _as_bytes(b)
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        if pos > len(self._buf):
            self._buf.extend(bytes(pos - len(self._buf)))
        self._buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def seek(self, pos, whence=0):
        self._check()
        if not hasattr(pos, '__index__'):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(pos).__name__)
        pos = pos.__index__()
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        size = self._pos if size is None else _size(size)
        if size < 0:
            raise ValueError('negative size value %d' % size)
        del self._buf[size:]
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return self._closed

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line


BytesIO.__module__ = '_io'
BlockingIOError = BlockingIOError
