"""gzip: reading and writing gzip files (RFC 1952) over zlib. A GzipFile
keeps the whole member in memory: reading decompresses at open, writing
compresses at close."""

import os
import time
import zlib
import io
import builtins as _builtins

_builtin_open = _builtins.open

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

READ, WRITE = 'rb', 'wb'
FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9


class BadGzipFile(OSError):
    pass


def _header(mtime, compresslevel, fname=None):
    flags = FNAME if fname else 0
    if mtime is None:
        mtime = time.time()
    xfl = 2 if compresslevel == _COMPRESS_LEVEL_BEST else \
        4 if compresslevel == _COMPRESS_LEVEL_FAST else 0
    head = bytes([0x1f, 0x8b, 8, flags]) + (int(mtime) & 0xffffffff).to_bytes(4, 'little')
    head += bytes([xfl, 255])
    if fname:
        head += fname + bytes(1)
    return head


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    data = bytes(data)
    if mtime == 0:
        return zlib.compress(data, compresslevel, 31)
    body = zlib.compress(data, compresslevel, -15)
    return (_header(mtime, compresslevel) + body
            + zlib.crc32(data).to_bytes(4, 'little')
            + (len(data) & 0xffffffff).to_bytes(4, 'little'))


def _read_member(data, pos):
    """(output, next position) of the gzip member at data[pos:]."""
    if data[pos:pos + 2] != bytes([0x1f, 0x8b]):
        raise BadGzipFile('Not a gzipped file (%r)' % data[pos:pos + 2])
    if len(data) - pos < 10:
        raise EOFError('Compressed file ended before the end-of-stream marker was reached')
    if data[pos + 2] != 8:
        raise BadGzipFile('Unknown compression method')
    d = zlib.decompressobj(31)
    out = d.decompress(data[pos:])
    if not d.eof:
        raise EOFError('Compressed file ended before the end-of-stream marker was reached')
    return out, len(data) - len(d.unused_data)


def decompress(data):
    data = bytes(data)
    parts = []
    pos = 0
    while pos < len(data):
        out, pos = _read_member(data, pos)
        parts.append(out)
        while pos < len(data) and data[pos] == 0:
            pos += 1
    return bytes().join(parts)


class GzipFile(io.BufferedIOBase if hasattr(io, 'BufferedIOBase') else object):
    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError('Invalid mode: {!r}'.format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = _builtin_open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = READ
            self._data = decompress(fileobj.read())
            self._pos = 0
            self.name = filename
        elif mode.startswith(('w', 'a', 'x')):
            self.mode = WRITE
            self._chunks = []
            self._level = compresslevel
            self._mtime = mtime
            self.name = filename
        else:
            raise ValueError('Invalid mode: {!r}'.format(mode))
        self.fileobj = fileobj
        self._closed = False

    @property
    def mtime(self):
        return self._mtime if self.mode == WRITE else None

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    def _check_open(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    def write(self, data):
        self._check_open()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, 'write() on read-only GzipFile object')
        if isinstance(data, str):
            raise TypeError("memoryview: a bytes-like object is required, not 'str'")
        data = bytes(data)
        self._chunks.append(data)
        return len(data)

    def _check_read(self):
        self._check_open()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, 'read() on write-only GzipFile object')

    def read(self, size=-1):
        self._check_read()
        if size is None or size < 0:
            size = len(self._data) - self._pos
        out = self._data[self._pos:self._pos + size]
        self._pos += len(out)
        return out

    read1 = read

    def peek(self, n):
        self._check_read()
        return self._data[self._pos:self._pos + max(n, 1)]

    def readline(self, size=-1):
        self._check_read()
        end = self._data.find(bytes([10]), self._pos)
        end = len(self._data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = self._data[self._pos:end]
        self._pos = end
        return out

    def readlines(self, hint=-1):
        return list(iter(self.readline, bytes()))

    def __iter__(self):
        return iter(self.readline, bytes())

    def seek(self, offset, whence=0):
        if whence == 1:
            offset += self._pos
        elif whence == 2:
            offset += len(self._data)
        self._pos = max(0, offset)
        return self._pos

    def tell(self):
        if self.mode == WRITE:
            return sum(len(c) for c in self._chunks)
        return self._pos

    def rewind(self):
        self._pos = 0

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    @property
    def closed(self):
        return self._closed

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_open()

    def fileno(self):
        return self.fileobj.fileno()

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            if self.mode == WRITE:
                data = bytes().join(self._chunks)
                fname = os.path.basename(self.name) if isinstance(self.name, str) else ''
                if fname.endswith('.gz'):
                    fname = fname[:-3]
                try:
                    fname = fname.encode('latin-1')
                except UnicodeEncodeError:
                    fname = bytes()
                self.fileobj.write(_header(self._mtime, self._level, fname)
                                   + zlib.compress(data, self._level, -15)
                                   + zlib.crc32(data).to_bytes(4, 'little')
                                   + (len(data) & 0xffffffff).to_bytes(4, 'little'))
        finally:
            if self.myfileobj is not None:
                self.myfileobj.close()
                self.myfileobj = None

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()


class _TextGzip:
    """gzip.open in text mode: str in, str out, through a GzipFile."""

    def __init__(self, raw, encoding, errors, newline):
        self._raw = raw
        self._encoding = encoding or 'utf-8'
        self._errors = errors or 'strict'
        self.encoding = self._encoding
        if raw.mode == READ:
            text = raw.read().decode(self._encoding, self._errors)
            if newline is None:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
            self._text = io.StringIO(text, newline='')
        else:
            self._text = None
            self._newline = newline

    def read(self, size=-1):
        return self._text.read(size)

    def readline(self, size=-1):
        return self._text.readline(size)

    def readlines(self, hint=-1):
        return self._text.readlines()

    def __iter__(self):
        return iter(self._text)

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not ' + type(s).__name__)
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self._raw.write(text.encode(self._encoding, self._errors))
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    @property
    def closed(self):
        return self._raw.closed

    def flush(self):
        pass

    def close(self):
        self._raw.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open(filename, mode='rb', compresslevel=_COMPRESS_LEVEL_BEST, encoding=None,
         errors=None, newline=None):
    if 't' in mode:
        if 'b' in mode:
            raise ValueError('Invalid mode: %r' % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace('t', '')
    if isinstance(filename, (str, bytes)) or hasattr(filename, '__fspath__'):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, 'read') or hasattr(filename, 'write'):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError('filename must be a str or bytes object, or a file')
    if 't' in mode:
        return _TextGzip(binary_file, encoding, errors, newline)
    return binary_file
