"""The parts of `os` and `os.path` written in Python: stat results, walk,
scandir, and the path functions built on the Rust ones (relpath, commonpath,
...). `install(os)` adds them when the built-in `os` module is made."""


class stat_result(tuple):
    """os.stat_result: ten items, and the times also as attributes."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
              'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, fields):
        fields = tuple(fields)
        # The items hold whole seconds; the attributes the float times.
        self = tuple.__new__(cls, fields[:7] + tuple(int(t) for t in fields[7:10]))
        self._times = fields[7:10]
        self._ns = fields[10:13] if len(fields) >= 13 else tuple(int(t * 1e9) for t in fields[7:10])
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._times[0])
    st_mtime = property(lambda self: self._times[1])
    st_ctime = property(lambda self: self._times[2])
    st_atime_ns = property(lambda self: self._ns[0])
    st_mtime_ns = property(lambda self: self._ns[1])
    st_ctime_ns = property(lambda self: self._ns[2])

    def __repr__(self):
        return 'os.stat_result(%s)' % ', '.join(
            '%s=%r' % (n, v) for n, v in zip(self._names, self))

    def __reduce__(self):
        return stat_result, (tuple(self),)


stat_result.__module__ = 'os'


def install(os):
    path = os.path
    _stat = os._stat

    def stat(path, *, dir_fd=None, follow_symlinks=True):
        return stat_result(_stat(path, follow_symlinks))

    def lstat(path, *, dir_fd=None):
        return stat_result(_stat(path, False))

    def _mode(p, follow=True):
        try:
            return _stat(p, follow)[0]
        except (OSError, ValueError):
            return None

    def islink(p):
        m = _mode(p, False)
        return m is not None and m & 0o170000 == 0o120000

    def ismount(p):
        try:
            s1 = lstat(p)
        except (OSError, ValueError):
            return False
        if s1.st_mode & 0o170000 == 0o120000:
            return False
        try:
            s2 = lstat(path.join(p, '..'))
        except (OSError, ValueError):
            return False
        return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino

    def getmtime(p):
        return stat(p).st_mtime

    def getatime(p):
        return stat(p).st_atime

    def getctime(p):
        return stat(p).st_ctime

    def samestat(s1, s2):
        return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev

    def samefile(f1, f2):
        return samestat(stat(f1), stat(f2))

    def splitdrive(p):
        p = os.fspath(p)
        return p[:0], p

    def commonprefix(m):
        if not m:
            return ''
        if not isinstance(m[0], (list, tuple)):
            m = tuple(map(os.fspath, m))
        s1 = min(m)
        s2 = max(m)
        for i, c in enumerate(s1):
            if c != s2[i]:
                return s1[:i]
        return s1

    def relpath(p, start=None):
        if not p:
            raise ValueError('no path specified')
        p = os.fspath(p)
        start = '.' if start is None else os.fspath(start)
        start_list = [x for x in path.abspath(start).split('/') if x]
        path_list = [x for x in path.abspath(p).split('/') if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = ['..'] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return '.'
        return path.join(*rel_list)

    def commonpath(paths):
        if not paths:
            raise ValueError('commonpath() arg is an empty sequence')
        paths = tuple(map(os.fspath, paths))
        split_paths = [p.split('/') for p in paths]
        try:
            isabs, = set(p[:1] == '/' for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != '.'] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        return ('/' if isabs else '') + '/'.join(common)

    def expandvars(p):
        p = os.fspath(p)
        if '$' not in p:
            return p
        import re
        env = os.environ

        def repl(m):
            name = m.group(1) or m.group(2)
            if name in env:
                return env[name]
            return m.group(0)
        return re.sub(r'\$(\w+)|\$\{([^}]*)\}', repl, p)

    class DirEntry:
        def __init__(self, folder, name):
            self.name = name
            self.path = path.join(folder, name)

        def __repr__(self):
            return '<DirEntry %r>' % self.name

        def __fspath__(self):
            return self.path

        def is_dir(self, *, follow_symlinks=True):
            m = _mode(self.path, follow_symlinks)
            return m is not None and m & 0o170000 == 0o040000

        def is_file(self, *, follow_symlinks=True):
            m = _mode(self.path, follow_symlinks)
            return m is not None and m & 0o170000 == 0o100000

        def is_symlink(self):
            return islink(self.path)

        def stat(self, *, follow_symlinks=True):
            return stat_result(_stat(self.path, follow_symlinks))

        def inode(self):
            return self.stat(follow_symlinks=False).st_ino

    DirEntry.__module__ = 'posix'

    class _ScandirIterator:
        def __init__(self, folder):
            self._folder = folder
            self._names = iter(os.listdir(folder))

        def __iter__(self):
            return self

        def __next__(self):
            return DirEntry(self._folder, next(self._names))

        def __enter__(self):
            return self

        def __exit__(self, *args):
            self.close()

        def close(self):
            self._names = iter(())

    def scandir(p='.'):
        return _ScandirIterator(os.fspath(p))

    def walk(top, topdown=True, onerror=None, followlinks=False):
        top = os.fspath(top)
        try:
            names = os.listdir(top)
        except OSError as err:
            if onerror is not None:
                onerror(err)
            return
        dirs = []
        nondirs = []
        for name in names:
            full = path.join(top, name)
            if path.isdir(full) and (followlinks or not islink(full)):
                dirs.append(name)
            else:
                nondirs.append(name)
        if topdown:
            yield top, dirs, nondirs
            for name in dirs:
                yield from walk(path.join(top, name), topdown, onerror, followlinks)
        else:
            for name in dirs:
                yield from walk(path.join(top, name), topdown, onerror, followlinks)
            yield top, dirs, nondirs

    def removedirs(name):
        os.rmdir(name)
        head, tail = path.split(name)
        if not tail:
            head, tail = path.split(head)
        while head and tail:
            try:
                os.rmdir(head)
            except OSError:
                break
            head, tail = path.split(head)

    for name, value in [('stat', stat), ('lstat', lstat), ('stat_result', stat_result),
                        ('DirEntry', DirEntry), ('scandir', scandir), ('walk', walk),
                        ('removedirs', removedirs)]:
        setattr(os, name, value)
    for name, value in [('islink', islink), ('ismount', ismount), ('getmtime', getmtime),
                        ('getatime', getatime), ('getctime', getctime),
                        ('samestat', samestat), ('samefile', samefile),
                        ('splitdrive', splitdrive), ('commonprefix', commonprefix),
                        ('relpath', relpath), ('commonpath', commonpath),
                        ('expandvars', expandvars), ('altsep', None),
                        ('devnull', '/dev/null'), ('defpath', '/bin:/usr/bin'),
                        ('supports_unicode_filenames', False)]:
        setattr(path, name, value)
    for fn in (stat, lstat, scandir, walk, removedirs, islink, ismount, getmtime, getatime,
               getctime, samestat, samefile, splitdrive, commonprefix, relpath, commonpath,
               expandvars):
        fn.__qualname__ = fn.__name__
        fn.__module__ = 'os' if fn in (stat, lstat, scandir, walk, removedirs) else 'posixpath'
    del os._stat
