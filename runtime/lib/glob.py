"""File name pattern expansion: glob, iglob, escape (shell-style * ? [seq], and ** with
recursive=True)."""

import os
import fnmatch

__all__ = ['glob', 'iglob', 'escape', 'has_magic']


def has_magic(s):
    return any(c in s for c in '*?[')


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, recursive=recursive,
                      include_hidden=include_hidden))


def _exists(path, root_dir):
    full = os.path.join(root_dir, path) if root_dir else path
    return os.path.lexists(full) if hasattr(os.path, 'lexists') else os.path.exists(full)


def _isdir(path, root_dir):
    full = os.path.join(root_dir, path) if root_dir else path
    return os.path.isdir(full)


def _listdir(dirname, root_dir):
    full = dirname or os.curdir
    if root_dir:
        full = os.path.join(root_dir, full)
    try:
        return os.listdir(full)
    except OSError:
        return []


def _glob_in_dir(dirname, pattern, root_dir, dironly, include_hidden):
    names = _listdir(dirname, root_dir)
    if not (include_hidden or pattern.startswith('.')):
        names = [n for n in names if not n.startswith('.')]
    result = []
    for name in names:
        if fnmatch.fnmatchcase(name, pattern):
            if dironly and not _isdir(os.path.join(dirname, name), root_dir):
                continue
            result.append(name)
    return result


def _rlistdir(dirname, root_dir, dironly, include_hidden):
    for name in _listdir(dirname, root_dir):
        if not include_hidden and name.startswith('.'):
            continue
        path = os.path.join(dirname, name) if dirname else name
        is_dir = _isdir(path, root_dir)
        if not dironly or is_dir:
            yield name
        if is_dir:
            for sub in _rlistdir(path, root_dir, dironly, include_hidden):
                yield os.path.join(name, sub)


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return _iglob(pathname, root_dir, recursive, False, include_hidden)


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _exists(pathname, root_dir):
                yield pathname
        elif _isdir(dirname, root_dir):
            yield pathname
        return
    if not dirname:
        if recursive and basename == '**':
            yield ''
            for name in _rlistdir(dirname, root_dir, dironly, include_hidden):
                yield name
        else:
            for name in _glob_in_dir(dirname, basename, root_dir, dironly, include_hidden):
                yield name
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    for parent in dirs:
        if has_magic(basename):
            if recursive and basename == '**':
                names = [''] + list(_rlistdir(parent, root_dir, dironly, include_hidden))
            else:
                names = _glob_in_dir(parent, basename, root_dir, dironly, include_hidden)
        else:
            names = [basename] if _exists(os.path.join(parent, basename), root_dir) else []
        for name in names:
            yield os.path.join(parent, name)


def escape(pathname):
    drive, rest = '', pathname
    return drive + ''.join('[%s]' % c if c in '*?[' else c for c in rest)
