"""Temporary files and folders with random names in the temp folder
(TMPDIR, TEMP or TMP, else /tmp)."""

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'TemporaryDirectory', 'mkdtemp',
           'mktemp', 'gettempdir', 'gettempprefix', 'TMP_MAX', 'template', 'tempdir']

import os as _os
import random as _random
import shutil as _shutil

TMP_MAX = 10000
template = 'tmp'
tempdir = None

_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_rng = None


def _random_name():
    global _rng
    if _rng is None:
        _rng = _random.Random()
    return ''.join(_rng.choice(_CHARACTERS) for _ in range(8))


def gettempprefix():
    return template


def gettempdir():
    global tempdir
    if tempdir is None:
        for var in ('TMPDIR', 'TEMP', 'TMP'):
            d = _os.environ.get(var)
            if d and _os.path.isdir(d):
                tempdir = _os.path.abspath(d)
                break
        else:
            tempdir = '/tmp'
    return tempdir


def _sanitize(suffix, prefix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, _os.fspath(dir)


def mktemp(suffix='', prefix=template, dir=None):
    """A name that did not exist when asked (unsafe: another process may take it)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.lexists(file):
            return file
    raise FileExistsError('No usable temporary filename found')


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Makes a new folder and returns its absolute path."""
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(file)
    raise FileExistsError('No usable temporary directory name found')


def _create_file(mode, suffix, prefix, dir, encoding, newline):
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        name = _os.path.abspath(_os.path.join(dir, prefix + _random_name() + suffix))
        if _os.path.lexists(name):
            continue
        if 'b' in mode:
            return open(name, mode), name
        return open(name, mode, encoding=encoding, newline=newline), name
    raise FileExistsError('No usable temporary file name found')


class _TemporaryFileWrapper:
    """A file with a `name` that removes it when closed (if delete is true)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return None

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __del__(self):
        self.close()


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    file, name = _create_file(mode, suffix, prefix, dir, encoding, newline)
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    # The file has no name to speak of: it goes away as soon as it is closed.
    file, name = _create_file(mode, suffix, prefix, dir, encoding, newline)
    return _TemporaryFileWrapper(file, name, True)


class SpooledTemporaryFile(_TemporaryFileWrapper):
    """Kept in memory (moult never spills it to disk)."""

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        import io
        _TemporaryFileWrapper.__init__(self, io.BytesIO() if 'b' in mode else io.StringIO(),
                                       None, False)
        self._rolled = False

    def rollover(self):
        pass


class TemporaryDirectory:
    """A new folder, removed with its contents by cleanup() or at the end of a
    with block, which binds the folder's name."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._done:
            return
        self._done = True
        if _os.path.exists(self.name):
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __del__(self):
        if not self._done and _os.path.exists(self.name):
            self.cleanup()

    def __class_getitem__(cls, item):
        return cls
