"""Regular expressions (a backtracking matcher in plain Python): compile, search, match,
fullmatch, findall, finditer, sub, subn, split, escape, with Python's syntax for groups,
classes, quantifiers, anchors, lookarounds and backreferences, and the flags I, M, S, X, A.
"""

import enum

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S',
           'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
           'UNICODE', 'NOFLAG', 'RegexFlag']


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    def __repr__(self):
        if self._name_ is None or not self._value_:
            return 're.%s' % (self._name_ or 'NOFLAG') if not self._value_ else \
                '%s' % int(self._value_)
        return '|'.join('re.' + part for part in self._name_.split('|'))

    __str__ = __repr__


NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG


class error(Exception):
    """A pattern that cannot be compiled, or a bad replacement template."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str) and '\n' in pattern:
                self.lineno = pattern.count('\n', 0, pos) + 1
                self.colno = pos - pattern.rfind('\n', 0, pos)
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        Exception.__init__(self, msg)


PatternError = error

_FLAG_LETTERS = {'a': 256, 'i': 2, 'L': 4, 'm': 8, 's': 16, 'u': 32, 'x': 64}


################################################################################
# Character predicates
################################################################################

def _is_word(ch, ascii_only):
    if ascii_only:
        return ch == '_' or ('0' <= ch <= '9') or ('a' <= ch <= 'z') or ('A' <= ch <= 'Z')
    return ch == '_' or ch.isalnum()


def _is_digit(ch, ascii_only):
    if ascii_only:
        return '0' <= ch <= '9'
    return ch.isdecimal()


def _is_space(ch, ascii_only):
    if ascii_only:
        return ch in ' \t\n\r\f\v'
    return ch.isspace()


def _category(code, ascii_only):
    """The predicate of \\d, \\D, \\w, \\W, \\s or \\S."""
    lower = code.lower()
    if lower == 'd':
        base = lambda ch: _is_digit(ch, ascii_only)
    elif lower == 'w':
        base = lambda ch: _is_word(ch, ascii_only)
    else:
        base = lambda ch: _is_space(ch, ascii_only)
    if code.isupper():
        return lambda ch: not base(ch)
    return base


################################################################################
# Parsing: pattern text -> node tuples
################################################################################

_SPECIAL_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a',
                    '\\': '\\'}


class _Parser:
    def __init__(self, pattern, flags):
        self.p = pattern
        self.i = 0
        self.flags = flags
        self.groups = 0
        self.names = {}
        self.open_groups = []

    def error(self, msg, pos=None):
        raise error(msg, self.p, self.i if pos is None else pos)

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else None

    def skip_verbose(self):
        if not self.flags & 64:
            return
        p = self.p
        while self.i < len(p):
            ch = p[self.i]
            if ch in ' \t\n\r\f\v':
                self.i += 1
            elif ch == '#':
                while self.i < len(p) and p[self.i] != '\n':
                    self.i += 1
            else:
                break

    def parse(self):
        node = self.alternation()
        if self.i < len(self.p):
            if self.p[self.i] == ')':
                self.error('unbalanced parenthesis')
            self.error('unexpected end of pattern')
        return node

    def alternation(self):
        branches = [self.sequence()]
        while self.peek() == '|':
            self.i += 1
            branches.append(self.sequence())
        if len(branches) == 1:
            return branches[0]
        return ('alt', branches)

    def sequence(self):
        items = []
        while True:
            self.skip_verbose()
            ch = self.peek()
            if ch is None or ch in '|)':
                break
            start = self.i
            atom = self.atom()
            if atom is None:
                continue
            atom = self.quantified(atom, start)
            items.append(atom)
        return ('seq', items)

    def quantified(self, atom, start):
        while True:
            self.skip_verbose()
            ch = self.peek()
            pos = self.i
            if ch == '*':
                lo, hi = 0, None
                self.i += 1
            elif ch == '+':
                lo, hi = 1, None
                self.i += 1
            elif ch == '?':
                lo, hi = 0, 1
                self.i += 1
            elif ch == '{':
                bounds = self.braces()
                if bounds is None:
                    return atom
                lo, hi = bounds
            else:
                return atom
            if atom[0] in ('bol', 'eol', 'A', 'Z', 'b', 'B', 'look'):
                pass
            if atom[0] == 'rep':
                self.error('multiple repeat', pos)
            greedy = True
            if self.peek() == '?':
                greedy = False
                self.i += 1
            elif self.peek() == '+':
                self.i += 1
                atom = ('rep', atom, lo, hi, True)
                atom = ('atomic', atom)
                continue
            atom = ('rep', atom, lo, hi, greedy)
            if self.peek() in ('*', '+', '?', '{'):
                if self.peek() != '{' or self._braces_ahead():
                    self.error('multiple repeat', self.i)

    def _braces_ahead(self):
        save = self.i
        try:
            return self.braces() is not None
        finally:
            self.i = save

    def braces(self):
        # {m}, {m,}, {,n}, {m,n}; anything else is a literal '{'.
        p = self.p
        j = self.i + 1
        k = j
        while k < len(p) and p[k].isdigit():
            k += 1
        lo_text = p[j:k]
        if k < len(p) and p[k] == '}':
            if not lo_text:
                return None
            self.i = k + 1
            n = int(lo_text)
            return n, n
        if k >= len(p) or p[k] != ',':
            return None
        m = k + 1
        while m < len(p) and p[m].isdigit():
            m += 1
        hi_text = p[k + 1:m]
        if m >= len(p) or p[m] != '}':
            return None
        lo = int(lo_text) if lo_text else 0
        hi = int(hi_text) if hi_text else None
        if hi is not None and hi < lo:
            self.error('min repeat greater than max repeat', j)
        self.i = m + 1
        return lo, hi

    def atom(self):
        p = self.p
        ch = p[self.i]
        flags = self.flags
        if ch == '(':
            return self.group()
        if ch in '*+?':
            self.error('nothing to repeat')
        if ch == '{' and self._braces_ahead():
            self.error('nothing to repeat')
        self.i += 1
        if ch == '.':
            return ('any', bool(flags & 16))
        if ch == '^':
            return ('bol', bool(flags & 8))
        if ch == '$':
            return ('eol', bool(flags & 8))
        if ch == '[':
            return self.charset()
        if ch == '\\':
            return self.escape(in_set=False)
        return ('lit', ch, bool(flags & 2))

    def group(self):
        p = self.p
        start = self.i
        self.i += 1
        capture = True
        name = None
        kind = None
        saved_flags = self.flags
        if p.startswith('?', self.i):
            self.i += 1
            ch = self.peek()
            if ch == ':':
                self.i += 1
                capture = False
            elif ch == '>':
                self.i += 1
                capture = False
                kind = 'atomic'
            elif ch == 'P':
                self.i += 1
                if self.peek() == '<':
                    end = p.find('>', self.i)
                    if end < 0:
                        self.error('missing >, unterminated name', self.i + 1)
                    name = p[self.i + 1:end]
                    if not name:
                        self.error('missing group name', self.i + 1)
                    if not name.isidentifier():
                        self.error('bad character in group name %r' % name, self.i + 1)
                    if name in self.names:
                        self.error('redefinition of group name %r as group %d; was group %d'
                                   % (name, self.groups + 1, self.names[name]), self.i + 1)
                    self.i = end + 1
                elif self.peek() == '=':
                    end = p.find(')', self.i)
                    if end < 0:
                        self.error('missing ), unterminated name', self.i + 1)
                    ref = p[self.i + 1:end]
                    if ref not in self.names:
                        self.error('unknown group name %r' % ref, self.i + 1)
                    self.i = end + 1
                    return ('backref', self.names[ref], bool(self.flags & 2))
                else:
                    self.error('unknown extension ?P' + (self.peek() or ''), self.i - 1)
            elif ch == '#':
                end = p.find(')', self.i)
                if end < 0:
                    self.error('missing ), unterminated comment', start)
                self.i = end + 1
                return None
            elif ch in ('=', '!'):
                self.i += 1
                node = self.alternation()
                self.close(start)
                return ('look', node, True, ch == '!', 0)
            elif ch == '<' and self.i + 1 < len(p) and p[self.i + 1] in '=!':
                negate = p[self.i + 1] == '!'
                self.i += 2
                node = self.alternation()
                self.close(start)
                width = _fixed_width(node)
                if width is None:
                    raise error('look-behind requires fixed-width pattern')
                return ('look', node, False, negate, width)
            elif ch is not None and (ch in _FLAG_LETTERS or ch == '-'):
                on = 0
                off = 0
                while self.peek() is not None and self.peek() in _FLAG_LETTERS:
                    on |= _FLAG_LETTERS[self.peek()]
                    self.i += 1
                if self.peek() == '-':
                    self.i += 1
                    while self.peek() is not None and self.peek() in _FLAG_LETTERS:
                        off |= _FLAG_LETTERS[self.peek()]
                        self.i += 1
                if self.peek() == ')':
                    if start != 0 and not self._only_flags_before(start):
                        self.error('global flags not at the start of the expression', start)
                    self.i += 1
                    self.flags |= on
                    self.global_flags = getattr(self, 'global_flags', 0) | on
                    return None
                if self.peek() != ':':
                    self.error('missing -, : or )', self.i)
                self.i += 1
                capture = False
                self.flags = (self.flags | on) & ~off
            else:
                self.error('unknown extension ?' + (ch or ''), self.i - 1)
        index = None
        if capture:
            self.groups += 1
            index = self.groups
            if name is not None:
                self.names[name] = index
            self.open_groups.append(index)
        node = self.alternation()
        self.close(start)
        if capture:
            self.open_groups.pop()
        self.flags = saved_flags | (getattr(self, 'global_flags', 0))
        if kind == 'atomic':
            return ('atomic', node)
        return ('group', index, node)

    def _only_flags_before(self, start):
        text = self.p[:start]
        i = 0
        while i < len(text):
            if not text.startswith('(?', i):
                return False
            j = text.find(')', i)
            if j < 0 or not all(c in _FLAG_LETTERS for c in text[i + 2:j]):
                return False
            i = j + 1
        return True

    def close(self, start):
        if self.peek() != ')':
            self.error('missing ), unterminated subpattern', start)
        self.i += 1

    def _code_point(self, digits, kind, start):
        text = self.p[self.i:self.i + digits]
        if len(text) != digits or not all(c in '0123456789abcdefABCDEF' for c in text):
            self.error('incomplete escape \\%s%s' % (kind, text), start)
        self.i += digits
        return chr(int(text, 16))

    def escape(self, in_set):
        p = self.p
        start = self.i - 1
        if self.i >= len(p):
            self.error('bad escape (end of pattern)', start)
        ch = p[self.i]
        self.i += 1
        flags = self.flags
        icase = bool(flags & 2)
        ascii_only = bool(flags & 256)
        if ch in 'dDwWsS':
            return ('cat', ch, ascii_only)
        if ch in _SPECIAL_ESCAPES:
            return ('lit', _SPECIAL_ESCAPES[ch], icase)
        if ch == 'x':
            return ('lit', self._code_point(2, 'x', start), icase)
        if ch == 'u':
            return ('lit', self._code_point(4, 'u', start), icase)
        if ch == 'U':
            return ('lit', self._code_point(8, 'U', start), icase)
        if ch == 'b':
            if in_set:
                return ('lit', '\b', icase)
            return ('b', ascii_only)
        if not in_set:
            if ch == 'B':
                return ('B', ascii_only)
            if ch == 'A':
                return ('A',)
            if ch == 'Z':
                return ('Z',)
        if ch == '0':
            digits = ch
            while len(digits) < 3 and self.peek() is not None and self.peek() in '01234567':
                digits += self.peek()
                self.i += 1
            return ('lit', chr(int(digits, 8)), icase)
        if ch.isdigit():
            digits = ch
            if self.peek() is not None and self.peek().isdigit():
                nxt = self.peek()
                if ch in '01234567' and nxt in '01234567' and self.i + 1 < len(p) \
                        and p[self.i + 1] in '01234567':
                    self.i += 2
                    value = int(ch + nxt + p[self.i - 1], 8)
                    if value > 0o377:
                        self.error('octal escape value \\%s outside of range 0-0o377'
                                   % (ch + nxt + p[self.i - 1]), start)
                    return ('lit', chr(value), icase)
                digits += nxt
                self.i += 1
            if in_set:
                self.error('bad escape \\%s' % digits, start)
            index = int(digits)
            if index > self.groups or index in self.open_groups:
                if index in self.open_groups:
                    self.error('cannot refer to an open group', start)
                self.error('invalid group reference %d' % index, start + 1)
            return ('backref', index, icase)
        if ch.isascii() and ch.isalpha():
            self.error('bad escape \\%s' % ch, start)
        return ('lit', ch, icase)

    def charset(self):
        p = self.p
        start = self.i - 1
        negate = False
        if self.peek() == '^':
            negate = True
            self.i += 1
        items = []
        first = True
        while True:
            if self.i >= len(p):
                self.error('unterminated character set', start)
            ch = p[self.i]
            if ch == ']' and not first:
                self.i += 1
                break
            first = False
            item_start = self.i
            if ch == '\\':
                self.i += 1
                item = self.escape(in_set=True)
            else:
                self.i += 1
                item = ('lit', ch, False)
            if item[0] == 'lit' and self.peek() == '-' and self.i + 1 < len(p) \
                    and p[self.i + 1] != ']':
                self.i += 1
                if p[self.i] == '\\':
                    self.i += 1
                    upper = self.escape(in_set=True)
                else:
                    upper = ('lit', p[self.i], False)
                    self.i += 1
                if upper[0] != 'lit':
                    self.error('bad character range %s' % p[item_start:self.i], item_start)
                if upper[1] < item[1]:
                    self.error('bad character range %s' % p[item_start:self.i], item_start)
                items.append(('range', item[1], upper[1]))
            elif item[0] == 'lit':
                items.append(('ch', item[1]))
            else:
                items.append(item)
        return ('set', tuple(items), negate, bool(self.flags & 2))


def _fixed_width(node):
    kind = node[0]
    if kind in ('lit', 'any', 'cat', 'set'):
        return 1
    if kind in ('bol', 'eol', 'A', 'Z', 'b', 'B', 'look'):
        return 0
    if kind == 'seq':
        total = 0
        for item in node[1]:
            w = _fixed_width(item)
            if w is None:
                return None
            total += w
        return total
    if kind == 'alt':
        widths = {_fixed_width(b) for b in node[1]}
        if len(widths) == 1:
            return widths.pop()
        return None
    if kind in ('group',):
        return _fixed_width(node[2])
    if kind == 'atomic':
        return _fixed_width(node[1])
    if kind == 'rep':
        if node[2] == node[3]:
            w = _fixed_width(node[1])
            return None if w is None else w * node[2]
        return None
    return None


################################################################################
# Compiling nodes to matcher closures
################################################################################
# A matcher is m(s, i, st, k): try to match at s[i:], then call the continuation k(j)
# with the end j; it returns what k returned (the overall end) or None to backtrack.
# st.groups[n] holds (start, end) of group n, undone when a path fails.

class _State:
    __slots__ = ('groups', 'end')

    def __init__(self, ngroups, end):
        self.groups = [None] * (ngroups + 1)
        self.end = end


def _char_predicate(node):
    """For a node matching exactly one character: its test, else None."""
    kind = node[0]
    if kind == 'lit':
        c, icase = node[1], node[2]
        if icase:
            cl = c.lower()
            return lambda ch: ch == c or ch.lower() == cl
        return lambda ch: ch == c
    if kind == 'any':
        if node[1]:
            return lambda ch: True
        return lambda ch: ch != '\n'
    if kind == 'cat':
        return _category(node[1], node[2])
    if kind == 'set':
        return _set_predicate(node)
    return None


def _set_predicate(node):
    items, negate, icase = node[1], node[2], node[3]
    chars = set()
    tests = []
    for item in items:
        if item[0] == 'ch':
            chars.add(item[1])
            if icase:
                chars.add(item[1].lower())
                chars.add(item[1].upper())
        elif item[0] == 'range':
            lo, hi = item[1], item[2]
            if icase:
                tests.append(lambda ch, lo=lo, hi=hi: lo <= ch <= hi or lo <= ch.lower() <= hi
                             or lo <= ch.upper() <= hi)
            else:
                tests.append(lambda ch, lo=lo, hi=hi: lo <= ch <= hi)
        elif item[0] == 'cat':
            tests.append(_category(item[1], item[2]))
        elif item[0] == 'lit':
            chars.add(item[1])

    def test(ch):
        hit = ch in chars or (icase and ch.lower() in chars) or any(t(ch) for t in tests)
        return hit != negate
    return test


def _compile_node(node):
    kind = node[0]
    pred = _char_predicate(node)
    if pred is not None:
        def m_char(s, i, st, k):
            if i < st.end and pred(s[i]):
                return k(i + 1)
            return None
        return m_char
    if kind == 'seq':
        return _compile_seq(node[1])
    if kind == 'alt':
        branches = [_compile_node(b) for b in node[1]]

        def m_alt(s, i, st, k):
            for b in branches:
                r = b(s, i, st, k)
                if r is not None:
                    return r
            return None
        return m_alt
    if kind == 'group':
        index = node[1]
        inner = _compile_node(node[2])
        if index is None:
            return inner

        def m_group(s, i, st, k):
            def close(j):
                saved = st.groups[index]
                st.groups[index] = (i, j)
                r = k(j)
                if r is None:
                    st.groups[index] = saved
                return r
            return inner(s, i, st, close)
        return m_group
    if kind == 'atomic':
        inner = _compile_node(node[1])

        def m_atomic(s, i, st, k):
            j = inner(s, i, st, lambda j: j)
            if j is None:
                return None
            return k(j)
        return m_atomic
    if kind == 'rep':
        return _compile_rep(node)
    if kind == 'bol':
        multiline = node[1]

        def m_bol(s, i, st, k):
            if i == 0 or (multiline and s[i - 1] == '\n'):
                return k(i)
            return None
        return m_bol
    if kind == 'eol':
        multiline = node[1]

        def m_eol(s, i, st, k):
            n = st.end
            if i == n or (i == n - 1 and s[i] == '\n') or (multiline and i < n and s[i] == '\n'):
                return k(i)
            return None
        return m_eol
    if kind == 'A':
        return lambda s, i, st, k: k(i) if i == 0 else None
    if kind == 'Z':
        return lambda s, i, st, k: k(i) if i == st.end else None
    if kind in ('b', 'B'):
        ascii_only = node[1]
        want = kind == 'b'

        def m_boundary(s, i, st, k):
            before = i > 0 and _is_word(s[i - 1], ascii_only)
            after = i < st.end and _is_word(s[i], ascii_only)
            if (before != after) == want:
                return k(i)
            return None
        return m_boundary
    if kind == 'backref':
        index, icase = node[1], node[2]

        def m_backref(s, i, st, k):
            span = st.groups[index]
            if span is None:
                return None
            text = s[span[0]:span[1]]
            j = i + len(text)
            if j > st.end:
                return None
            got = s[i:j]
            if got == text or (icase and got.lower() == text.lower()):
                return k(j)
            return None
        return m_backref
    if kind == 'look':
        inner = _compile_node(node[1])
        ahead, negate, width = node[2], node[3], node[4]

        def m_look(s, i, st, k):
            if ahead:
                found = inner(s, i, st, lambda j: j) is not None
            elif i - width < 0:
                found = False
            else:
                found = inner(s, i - width, st, lambda j: j if j == i else None) is not None
            if found != negate:
                return k(i)
            return None
        return m_look
    raise error('internal error: unknown node %r' % (kind,))


def _compile_seq(items):
    # Runs of plain characters become one substring comparison.
    merged = []
    for item in items:
        if item[0] == 'lit' and not item[2]:
            if merged and merged[-1][0] == 'str':
                merged[-1] = ('str', merged[-1][1] + item[1])
            else:
                merged.append(('str', item[1]))
        else:
            merged.append(item)
    matchers = []
    for item in merged:
        if item[0] == 'str':
            text = item[1]

            def m_str(s, i, st, k, text=text):
                j = i + len(text)
                if j <= st.end and s.startswith(text, i):
                    return k(j)
                return None
            matchers.append(m_str)
        else:
            matchers.append(_compile_node(item))
    if not matchers:
        return lambda s, i, st, k: k(i)
    if len(matchers) == 1:
        return matchers[0]
    count = len(matchers)

    def m_seq(s, i, st, k):
        def step(index, j):
            if index == count:
                return k(j)
            return matchers[index](s, j, st, lambda j2: step(index + 1, j2))
        return step(0, i)
    return m_seq


def _compile_rep(node):
    inner_node, lo, hi, greedy = node[1], node[2], node[3], node[4]
    pred = _char_predicate(inner_node)
    if pred is not None:
        # One character per iteration: count the run, then back off, without recursion.
        if greedy:
            def m_rep_char(s, i, st, k):
                limit = st.end if hi is None else min(st.end, i + hi)
                j = i
                while j < limit and pred(s[j]):
                    j += 1
                if j - i < lo:
                    return None
                while j >= i + lo:
                    r = k(j)
                    if r is not None:
                        return r
                    j -= 1
                return None
            return m_rep_char

        def m_rep_char_lazy(s, i, st, k):
            j = i
            while j < i + lo:
                if j >= st.end or not pred(s[j]):
                    return None
                j += 1
            while True:
                r = k(j)
                if r is not None:
                    return r
                if (hi is not None and j - i >= hi) or j >= st.end or not pred(s[j]):
                    return None
                j += 1
        return m_rep_char_lazy

    inner = _compile_node(inner_node)

    def m_rep(s, i, st, k):
        def attempt(count, j):
            if greedy:
                if hi is None or count < hi:
                    def more(j2):
                        # An empty iteration ends the loop (it would repeat forever).
                        if j2 == j:
                            return k(j2)
                        return attempt(count + 1, j2)
                    r = inner(s, j, st, more)
                    if r is not None:
                        return r
                if count >= lo:
                    return k(j)
                return None
            if count >= lo:
                r = k(j)
                if r is not None:
                    return r
            if hi is None or count < hi:
                def more_lazy(j2):
                    if j2 == j:
                        return k(j2)
                    return attempt(count + 1, j2)
                return inner(s, j, st, more_lazy)
            return None
        return attempt(0, i)
    return m_rep


################################################################################
# Pattern and Match
################################################################################

class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        if isinstance(flags, RegexFlag):
            flags = int(flags)
        parser = _Parser(pattern, flags)
        tree = parser.parse()
        flags |= getattr(parser, 'global_flags', 0)
        if not flags & 256:
            flags |= 32
        self.pattern = pattern
        self.flags = flags
        self.groups = parser.groups
        self.groupindex = dict(parser.names)
        self._matcher = _compile_node(tree)
        self._prefix = _literal_prefix(tree)

    def __repr__(self):
        flags = int(self.flags) & ~32
        if flags:
            return 're.compile(%r, %r)' % (self.pattern, RegexFlag(flags))
        return 're.compile(%r)' % (self.pattern,)

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, int(self.flags)))

    def _run(self, string, start, end, mode, must_advance=False):
        st = _State(self.groups, end)
        if mode == 'full':
            final = lambda j: j if j == end else None
        elif must_advance:
            final = lambda j: j if j != start else None
        else:
            final = lambda j: j
        j = self._matcher(string, start, st, final)
        if j is None:
            return None
        st.groups[0] = (start, j)
        return st.groups

    def _bounds(self, string, pos, endpos):
        if not isinstance(string, str):
            raise TypeError('expected string or bytes-like object, got %r'
                            % type(string).__name__)
        n = len(string)
        if endpos is None or endpos > n:
            endpos = n
        if endpos < 0:
            endpos = 0
        if pos < 0:
            pos = 0
        return min(pos, endpos), endpos

    def match(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        spans = self._run(string, pos, endpos, 'match')
        return None if spans is None else Match(self, string, pos, endpos, spans)

    def fullmatch(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        spans = self._run(string, pos, endpos, 'full')
        return None if spans is None else Match(self, string, pos, endpos, spans)

    def _search(self, string, pos, endpos, must_advance=False):
        i = pos
        prefix = self._prefix
        while i <= endpos:
            if prefix:
                found = string.find(prefix, i, endpos)
                if found < 0:
                    return None
                i = found
            spans = self._run(string, i, endpos, 'search', must_advance and i == pos)
            if spans is not None:
                return spans
            i += 1
        return None

    def search(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        spans = self._search(string, pos, endpos)
        return None if spans is None else Match(self, string, pos, endpos, spans)

    def _iter_spans(self, string, pos, endpos):
        # Successive matches; after an empty match the next one must move forward.
        must_advance = False
        while pos <= endpos:
            spans = self._search(string, pos, endpos, must_advance)
            if spans is None:
                return
            yield spans
            start, end = spans[0]
            must_advance = end == start
            pos = end

    def finditer(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        return (Match(self, string, pos, endpos, spans)
                for spans in self._iter_spans(string, pos, endpos))

    def findall(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        result = []
        for spans in self._iter_spans(string, pos, endpos):
            if self.groups == 0:
                s, e = spans[0]
                result.append(string[s:e])
            else:
                values = tuple('' if sp is None else string[sp[0]:sp[1]]
                               for sp in spans[1:])
                result.append(values[0] if self.groups == 1 else values)
        return result

    def split(self, string, maxsplit=0):
        pos, endpos = self._bounds(string, 0, None)
        result = []
        last = 0
        count = 0
        for spans in self._iter_spans(string, 0, endpos):
            if maxsplit and count >= maxsplit:
                break
            s, e = spans[0]
            result.append(string[last:s])
            for sp in spans[1:]:
                result.append(None if sp is None else string[sp[0]:sp[1]])
            last = e
            count += 1
        result.append(string[last:])
        return result

    def subn(self, repl, string, count=0):
        pos, endpos = self._bounds(string, 0, None)
        if callable(repl):
            expand = repl
        else:
            template = _parse_template(repl, self)
            expand = lambda m: _expand(template, m)
        parts = []
        last = 0
        n = 0
        for spans in self._iter_spans(string, 0, endpos):
            if count and n >= count:
                break
            s, e = spans[0]
            parts.append(string[last:s])
            piece = expand(Match(self, string, 0, endpos, spans))
            if not isinstance(piece, str):
                raise TypeError('expected str instance, %s found' % type(piece).__name__)
            parts.append(piece)
            last = e
            n += 1
        parts.append(string[last:])
        return ''.join(parts), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _literal_prefix(tree):
    # The plain text every match must start with (lets search skip ahead with find).
    if tree[0] != 'seq':
        return ''
    prefix = []
    for item in tree[1]:
        if item[0] == 'lit' and not item[2]:
            prefix.append(item[1])
        else:
            break
    return ''.join(prefix)


class Match:
    """The result of a successful match: the groups and where they are."""

    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = list(spans)
        self.lastindex = None
        best = -1
        for index in range(1, len(self._spans)):
            span = self._spans[index]
            if span is not None and span[1] >= best:
                best = span[1]
                self.lastindex = index
        self.lastgroup = None
        if self.lastindex is not None:
            for name, index in pattern.groupindex.items():
                if index == self.lastindex:
                    self.lastgroup = name

    def _index(self, group):
        if isinstance(group, int) and not isinstance(group, bool):
            if 0 <= group < len(self._spans):
                return group
        elif isinstance(group, str):
            if group in self.re.groupindex:
                return self.re.groupindex[group]
        raise IndexError('no such group')

    def group(self, *groups):
        if not groups:
            groups = (0,)
        values = []
        for g in groups:
            span = self._spans[self._index(g)]
            values.append(None if span is None else self.string[span[0]:span[1]])
        return values[0] if len(values) == 1 else tuple(values)

    def __getitem__(self, group):
        return self.group(group)

    def groups(self, default=None):
        return tuple(default if span is None else self.string[span[0]:span[1]]
                     for span in self._spans[1:])

    def groupdict(self, default=None):
        result = {}
        for name, index in self.re.groupindex.items():
            span = self._spans[index]
            result[name] = default if span is None else self.string[span[0]:span[1]]
        return result

    def start(self, group=0):
        span = self._spans[self._index(group)]
        return -1 if span is None else span[0]

    def end(self, group=0):
        span = self._spans[self._index(group)]
        return -1 if span is None else span[1]

    def span(self, group=0):
        span = self._spans[self._index(group)]
        return (-1, -1) if span is None else span

    @property
    def regs(self):
        return tuple((-1, -1) if s is None else s for s in self._spans)

    def expand(self, template):
        return _expand(_parse_template(template, self.re), self)

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _parse_template(template, pattern):
    """A replacement template as a list of strings and group numbers."""
    if not isinstance(template, str):
        raise TypeError('expected str instance, %s found' % type(template).__name__)
    parts = []
    literal = []
    i = 0
    n = len(template)
    while i < n:
        ch = template[i]
        if ch != '\\':
            literal.append(ch)
            i += 1
            continue
        if i + 1 >= n:
            raise error('bad escape (end of pattern)', template, i)
        nxt = template[i + 1]
        if nxt == 'g':
            if i + 2 >= n or template[i + 2] != '<':
                raise error('missing <', template, i + 2)
            end = template.find('>', i + 3)
            if end < 0:
                raise error('missing >, unterminated name', template, i + 3)
            name = template[i + 3:end]
            if not name:
                raise error('missing group name', template, i + 3)
            if name.isdigit():
                index = int(name)
                if index > pattern.groups:
                    raise error('invalid group reference %d' % index, template, i + 3)
            elif name in pattern.groupindex:
                index = pattern.groupindex[name]
            elif name.isidentifier():
                raise IndexError('unknown group name %r' % name)
            else:
                raise error('bad character in group name %r' % name, template, i + 3)
            parts.append(''.join(literal))
            literal = []
            parts.append(index)
            i = end + 1
            continue
        if nxt.isdigit():
            if nxt == '0' or (i + 3 < n + 1 and template[i + 1:i + 4].isdigit()
                              and all(c in '01234567' for c in template[i + 1:i + 4])
                              and nxt != '0' and len(template[i + 1:i + 4]) == 3):
                digits = nxt
                j = i + 2
                while j < n and len(digits) < 3 and template[j] in '01234567':
                    digits += template[j]
                    j += 1
                literal.append(chr(int(digits, 8)))
                i = j
                continue
            digits = nxt
            j = i + 2
            if j < n and template[j].isdigit():
                digits += template[j]
                j += 1
            index = int(digits)
            if index > pattern.groups:
                raise error('invalid group reference %d' % index, template, i + 1)
            parts.append(''.join(literal))
            literal = []
            parts.append(index)
            i = j
            continue
        if nxt in _SPECIAL_ESCAPES:
            literal.append(_SPECIAL_ESCAPES[nxt])
        elif nxt == 'b':
            literal.append('\b')
        elif nxt.isascii() and nxt.isalpha():
            raise error('bad escape \\%s' % nxt, template, i)
        else:
            literal.append('\\' + nxt)
        i += 2
    parts.append(''.join(literal))
    return parts


def _expand(template, match):
    out = []
    for part in template:
        if isinstance(part, int):
            value = match.group(part)
            if value is not None:
                out.append(value)
        else:
            out.append(part)
    return ''.join(out)


################################################################################
# Module functions
################################################################################

_cache = {}
_MAXCACHE = 512


def compile(pattern, flags=0):
    """The compiled form of pattern (cached)."""
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, str):
        raise TypeError('first argument must be string or compiled pattern')
    key = (pattern, int(flags))
    found = _cache.get(key)
    if found is not None:
        return found
    compiled = Pattern(pattern, int(flags))
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = compiled
    return compiled


def purge():
    _cache.clear()


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


_SPECIAL_CHARS = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    """pattern with every regex metacharacter backslash-escaped."""
    return ''.join('\\' + ch if ch in _SPECIAL_CHARS else ch for ch in pattern)
