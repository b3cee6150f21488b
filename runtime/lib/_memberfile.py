"""The read-only file object over one archive member's bytes, shared by
zipfile (ZipFile.open) and tarfile (TarFile.extractfile)."""

import io


class MemberFile:
    def __init__(self, data, name):
        self._buf = io.BytesIO(data)
        self.name = name
        self.closed = False

    def read(self, size=-1):
        return self._buf.read(size)

    def read1(self, size=-1):
        return self._buf.read(size)

    def readline(self, size=-1):
        return self._buf.readline(size)

    def readlines(self):
        return self._buf.readlines()

    def __iter__(self):
        return iter(self._buf.readlines())

    def seek(self, pos, whence=0):
        return self._buf.seek(pos, whence)

    def tell(self):
        return self._buf.tell()

    def readable(self):
        return True

    def seekable(self):
        return True

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
