"""Source lines of files, read once and cached (used by traceback)."""

__all__ = ['getline', 'clearcache', 'checkcache', 'getlines']

cache = {}


def getlines(filename, module_globals=None):
    """All lines of filename (with their newlines), or [] when it cannot be read."""
    if filename in cache:
        return cache[filename]
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    try:
        with open(filename, encoding='utf-8') as f:
            lines = f.readlines()
    except (OSError, UnicodeDecodeError, ValueError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = lines
    return lines


def getline(filename, lineno, module_globals=None):
    """Line lineno (1-based) of filename, or '' when there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def clearcache():
    cache.clear()


def checkcache(filename=None):
    # Files are not watched for changes: a cached file stays as first read.
    pass


def lazycache(filename, module_globals):
    return False
