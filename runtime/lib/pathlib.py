"""Filesystem paths (POSIX): PurePath/PurePosixPath for path arithmetic, and
Path/PosixPath which add the file-system operations (through the os module)."""

import os
import fnmatch
import sys

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path', 'PosixPath',
           'WindowsPath']


def _split(args):
    """(root, [parts]) of the joined arguments, normalized as pathlib does."""
    root = ''
    parts = []
    for arg in args:
        if isinstance(arg, PurePath):
            text = str(arg)
        else:
            text = os.fspath(arg) if hasattr(os, 'fspath') else arg
            if not isinstance(text, str):
                raise TypeError('argument should be a str or an os.PathLike object where '
                                '__fspath__ returns a str, not %r' % type(arg).__name__)
        if text.startswith('/'):
            # An absolute segment restarts the path; exactly two slashes are kept.
            root = '//' if text.startswith('//') and not text.startswith('///') else '/'
            parts = []
        for piece in text.split('/'):
            if piece and piece != '.':
                parts.append(piece)
    return root, parts


class PurePath:
    """A path without file-system access."""
    __slots__ = ('_root', '_parts', '_str')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._root, self._parts = _split(args)
        self._str = None
        return self

    @classmethod
    def _from(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = list(parts)
        self._str = None
        return self

    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._parts)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.as_posix())

    def __reduce__(self):
        return self.__class__, tuple(self.parts)

    def _key(self):
        return (self._root, tuple(self._parts))

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() >= other._key()

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        return type(self)(self, *args)

    @property
    def parts(self):
        return tuple(([self._root] if self._root else []) + self._parts)

    drive = property(lambda self: '')
    root = property(lambda self: self._root)
    anchor = property(lambda self: self._root)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from(self._root, self._parts[:-1])

    @property
    def parents(self):
        result = []
        parts = self._parts
        for i in range(len(parts) - 1, -1, -1):
            result.append(self._from(self._root, parts[:i]))
        return tuple(result)

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError('Invalid name %r' % (name,))
        return self._from(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        base = name[:len(name) - len(old)] if old else name
        return self._from(self._root, self._parts[:-1] + [base + suffix])

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def relative_to(self, *other):
        base = type(self)(*other)
        if base._root != self._root or self._parts[:len(base._parts)] != base._parts:
            raise ValueError('%r is not in the subpath of %r OR one path is relative and the '
                             'other is absolute.' % (str(self), str(base)))
        return self._from('', self._parts[len(base._parts):])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, path_pattern):
        pattern = type(self)(path_pattern)
        if not pattern._parts and not pattern._root:
            raise ValueError('empty pattern')
        if pattern._root:
            if pattern._root != self._root or len(pattern._parts) != len(self._parts):
                return False
        elif len(pattern._parts) > len(self._parts):
            return False
        for part, pat in zip(reversed(self._parts), reversed(pattern._parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + str(self)


class PurePosixPath(PurePath):
    __slots__ = ()


class PureWindowsPath(PurePath):
    __slots__ = ()


class Path(PurePath):
    """A path with file-system operations."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return PurePath.__new__(cls, *args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        return type(self)(os.path.normpath(str(self.absolute())))

    def expanduser(self):
        return type(self)(os.path.expanduser(str(self)))

    def stat(self, *, follow_symlinks=True):
        return os.stat(str(self))

    def exists(self):
        return os.path.exists(str(self))

    def is_file(self):
        return os.path.isfile(str(self))

    def is_dir(self):
        return os.path.isdir(str(self))

    def is_symlink(self):
        islink = getattr(os.path, 'islink', None)
        return bool(islink and islink(str(self)))

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self / name

    def glob(self, pattern):
        parts = PurePosixPath(pattern)._parts
        if not parts:
            raise ValueError('Unacceptable pattern: %r' % (pattern,))
        yield from self._glob(parts)

    def _glob(self, parts):
        head, rest = parts[0], parts[1:]
        if head == '**':
            for directory in self._walk_dirs():
                if rest:
                    yield from directory._glob(rest)
                else:
                    yield directory
            return
        try:
            names = os.listdir(str(self))
        except OSError:
            return
        for name in names:
            if name.startswith('.') and not head.startswith('.'):
                continue
            if fnmatch.fnmatchcase(name, head):
                child = self / name
                if rest:
                    if child.is_dir():
                        yield from child._glob(rest)
                else:
                    yield child

    def _walk_dirs(self):
        yield self
        try:
            names = os.listdir(str(self))
        except OSError:
            return
        for name in names:
            child = self / name
            if child.is_dir() and not child.is_symlink():
                yield from child._walk_dirs()

    def rglob(self, pattern):
        return self.glob('**/' + pattern)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open('r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open('w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def write_bytes(self, data):
        with self.open('wb') as f:
            return f.write(bytes(data))

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return
        with self.open('a'):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self))
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def unlink(self, missing_ok=False):
        try:
            os.remove(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(str(self), str(target))
        return type(self)(target)

    def replace(self, target):
        os.replace(str(self), str(target))
        return type(self)(target)

    def samefile(self, other_path):
        return self.resolve() == type(self)(other_path).resolve()


class PosixPath(Path, PurePosixPath):
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError('cannot instantiate %r on your system' % cls.__name__)
