"""filecmp: comparing files and directories (dircmp computes its attributes lazily)."""

import os
import stat

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']
BUFSIZE = 8 * 1024
DEFAULT_IGNORES = ['RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']

# Results of byte-by-byte comparisons, keyed on both names plus both
# signatures so that a file changed on disk is compared afresh.
_seen = {}


def clear_cache():
    """Forget every remembered comparison."""
    _seen.clear()


def _signature(path):
    # (file type, size, mtime): what a shallow comparison trusts.
    info = os.stat(path)
    return stat.S_IFMT(info.st_mode), info.st_size, info.st_mtime


def _same_bytes(p, q):
    with open(p, 'rb') as one, open(q, 'rb') as two:
        chunk = one.read(BUFSIZE)
        while chunk == two.read(BUFSIZE):
            if not chunk:
                return True
            chunk = one.read(BUFSIZE)
        return False


def cmp(f1, f2, shallow=True):
    """Whether files f1 and f2 look equal: same type, size and modification
    time when shallow, else the same bytes."""
    sig_a, sig_b = _signature(f1), _signature(f2)
    # Only regular files can ever compare equal.
    if stat.S_IFREG != sig_a[0] or stat.S_IFREG != sig_b[0]:
        return False
    if shallow and sig_a == sig_b:
        return True
    if sig_a[1] != sig_b[1]:
        return False
    memo_key = (f1, f2, sig_a, sig_b)
    if memo_key in _seen:
        return _seen[memo_key]
    verdict = _same_bytes(f1, f2)
    if len(_seen) > 100:
        _seen.clear()
    _seen[memo_key] = verdict
    return verdict


def cmpfiles(a, b, common, shallow=True):
    """Sort the names in common into (equal, different, uncomparable) lists."""
    equal, unequal, trouble = buckets = ([], [], [])
    for name in common:
        try:
            alike = cmp(os.path.join(a, name), os.path.join(b, name), shallow)
        except OSError:  # missing or unreadable on either side
            trouble.append(name)
            continue
        (equal if alike else unequal).append(name)
    return buckets


def _visible(where, skipped):
    return sorted(entry for entry in os.listdir(where) if entry not in skipped)


def _kind(path):
    # File-type bits of path, or None when it cannot be stat'ed.
    try:
        return stat.S_IFMT(os.stat(path).st_mode)
    except OSError:
        return None


# Labels printed by dircmp.report, in order; None means the label names a side.
_REPORT_ROWS = ((None, 'left_only'), (None, 'right_only'),
                ('Identical files :', 'same_files'), ('Differing files :', 'diff_files'),
                ('Trouble with common files :', 'funny_files'),
                ('Common subdirectories :', 'common_dirs'), ('Common funny cases :', 'common_funny'))


class dircmp:
    """Compare directories a and b; attributes are filled in on first access."""

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def phase0(self):
        skipped = self.hide + self.ignore
        self.left_list = _visible(self.left, skipped)
        self.right_list = _visible(self.right, skipped)

    def phase1(self):
        # Match names case-insensitively where the OS does, keeping each side's spelling.
        lefts = {os.path.normcase(n): n for n in self.left_list}
        rights = {os.path.normcase(n): n for n in self.right_list}
        self.common = [lefts[k] for k in lefts if k in rights]
        self.left_only = [lefts[k] for k in lefts if k not in rights]
        self.right_only = [rights[k] for k in rights if k not in lefts]

    def phase2(self):
        self.common_dirs, self.common_files, self.common_funny = [], [], []
        for name in self.common:
            kinds = (_kind(os.path.join(self.left, name)),
                     _kind(os.path.join(self.right, name)))
            if None in kinds or kinds[0] != kinds[1]:
                self.common_funny.append(name)
            elif stat.S_ISDIR(kinds[0]):
                self.common_dirs.append(name)
            elif stat.S_ISREG(kinds[0]):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        (self.same_files, self.diff_files,
         self.funny_files) = cmpfiles(self.left, self.right, self.common_files)

    def phase4(self):
        # Subclasses get subclass instances for the subdirectories too.
        make = type(self)
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = make(os.path.join(self.left, name),
                                      os.path.join(self.right, name),
                                      self.ignore, self.hide)

    def phase4_closure(self):  # build the whole tree of subdirectory comparisons
        self.phase4()
        for child in self.subdirs.values():
            child.phase4_closure()

    def report(self):
        print('diff', self.left, self.right)
        for label, attr in _REPORT_ROWS:
            names = getattr(self, attr)
            if not names:
                continue
            names.sort()
            if label is None:
                side = self.left if attr == 'left_only' else self.right
                print('Only in', side, ':', names)
            else:
                print(label, names)

    def report_partial_closure(self):
        self.report()
        for child in self.subdirs.values():
            print()
            child.report()

    def report_full_closure(self):
        self.report()
        for child in self.subdirs.values():
            print()
            child.report_full_closure()

    def __getattr__(self, attr):
        # Reached only for attributes not yet computed: run the phase that sets them.
        phase = self.methodmap.get(attr)
        if phase is None:
            raise AttributeError(attr)
        phase(self)
        return getattr(self, attr)


# Which phase sets which attribute (consulted by __getattr__).
dircmp.methodmap = {name: phase for phase, names in (
    (dircmp.phase0, 'left_list right_list'),
    (dircmp.phase1, 'common left_only right_only'),
    (dircmp.phase2, 'common_dirs common_files common_funny'),
    (dircmp.phase3, 'same_files diff_files funny_files'),
    (dircmp.phase4, 'subdirs')) for name in names.split()}
