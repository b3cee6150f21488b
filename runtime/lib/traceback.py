"""Formatting and printing of exceptions and tracebacks, as the interpreter shows them."""

import sys
import linecache

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_list', 'print_tb',
           'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_sentinel = object()


class FrameSummary:
    """One line of a traceback: file, line number, function name and source line."""
    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name',
                 '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        if lookup_line:
            self.line

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return '<FrameSummary file %s, line %s in %s>' % (self.filename, self.lineno,
                                                           self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_tb(tb):
    """Yields (frame, lineno) along a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_positions(tb):
    # Like walk_tb, with the (line, end line, column, end column) of the instruction.
    while tb is not None:
        positions = _instruction_positions(tb.tb_frame.f_code, getattr(tb, 'tb_lasti', -1))
        if positions[0] is None:
            positions = (tb.tb_lineno,) + tuple(positions[1:])
        yield tb.tb_frame, positions
        tb = tb.tb_next


def _instruction_positions(code, lasti):
    positions = getattr(code, 'co_positions', None)
    if positions is None or lasti is None or lasti < 0:
        return (None, None, None, None)
    index = lasti // 2
    for i, pos in enumerate(positions()):
        if i == index:
            return tuple(pos)
    return (None, None, None, None)


def walk_stack(f):
    """Yields (frame, lineno) from f outwards (by default, the caller's caller)."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


class StackSummary(list):
    """A list of FrameSummary."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        result = klass()
        for item in frame_gen:
            if limit is not None and len(result) >= limit:
                break
            frame, where = item
            if isinstance(where, tuple):
                lineno, end_lineno, colno, end_colno = where
            else:
                lineno, end_lineno, colno, end_colno = where, None, None, None
            code = frame.f_code
            f_locals = frame.f_locals if capture_locals else None
            result.append(FrameSummary(code.co_filename, lineno, code.co_name,
                                       lookup_line=lookup_lines, locals=f_locals,
                                       end_lineno=end_lineno, colno=colno,
                                       end_colno=end_colno))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "%s", line %s, in %s\n' % (frame_summary.filename,
                                                  frame_summary.lineno, frame_summary.name)]
        line = frame_summary.line
        if line:
            row.append('    %s\n' % line)
            carets = _caret_line(frame_summary)
            if carets:
                row.append(carets)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    %s = %s\n' % (name, value))
        return ''.join(row)

    def format(self):
        """The formatted lines; a frame repeated many times is shown only three times."""
        result = []
        last = None
        count = 0
        for frame_summary in self:
            key = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if key == last:
                count += 1
                if count > 3:
                    continue
            else:
                if count > 3:
                    result.append(_repeat_line(count - 3))
                last = key
                count = 1
            result.append(self.format_frame_summary(frame_summary))
        if count > 3:
            result.append(_repeat_line(count - 3))
        return result


def _char_offset(text, byte_offset):
    # Code positions count UTF-8 bytes; the display counts characters.
    return len(text.encode('utf-8')[:byte_offset].decode('utf-8', errors='replace'))


def _caret_line(fs):
    """The line of ^ (and ~) under the part of the source line that failed, or None."""
    if fs.colno is None or fs.end_colno is None:
        return None
    original = fs._original_line
    stripped_line = original.strip()
    indent = len(original) - len(original.lstrip())
    start = _char_offset(original, fs.colno)
    end = _char_offset(original, fs.end_colno)
    anchors = None
    if fs.lineno == fs.end_lineno:
        anchors = _anchors(original[start:end])
    else:
        end = indent + len(stripped_line)
    if not (end - start < len(stripped_line) or anchors):
        return None
    out = ['    ', ' ' * (start - indent)]
    if anchors:
        left, right = anchors
        out.append('~' * left + '^' * (right - left) + '~' * (end - start - right))
    else:
        out.append('^' * (end - start))
    out.append('\n')
    return ''.join(out)


_BINARY_LEVELS = [('|',), ('^',), ('&',), ('<<', '>>'), ('+', '-'), ('*', '/', '//', '%', '@'),
                  ('**',)]
_OPERATOR_CHARS = '|^&<>+-*/%@'


def _top_level_tokens(segment):
    """(position, text, is_operand) of the tokens outside brackets, or None if unsure."""
    tokens = []
    depth = 0
    i = 0
    n = len(segment)
    while i < n:
        ch = segment[i]
        if ch in ' \t':
            i += 1
            continue
        if ch in '\'"':
            quote = segment[i:i + 3] if segment[i:i + 3] in ('"""', "\'\'\'") else ch
            j = i + len(quote)
            while j < n and not segment.startswith(quote, j):
                j += 2 if segment[j] == '\\' else 1
            if j >= n:
                return None
            if depth == 0:
                tokens.append((i, 'str', True))
            i = j + len(quote)
            continue
        if ch in '([{':
            if depth == 0:
                tokens.append((i, ch, False))
            depth += 1
            i += 1
            continue
        if ch in ')]}':
            depth -= 1
            if depth < 0:
                return None
            if depth == 0:
                tokens.append((i, ch, True))
            i += 1
            continue
        if ch == '#':
            break
        if ch.isalnum() or ch == '_' or ch == '.':
            j = i
            while j < n and (segment[j].isalnum() or segment[j] in '_.'):
                j += 1
            if depth == 0:
                word = segment[i:j]
                tokens.append((i, word, word not in ('and', 'or', 'not', 'in', 'is', 'if',
                                                      'else', 'lambda', 'await', 'for')))
            i = j
            continue
        j = i
        while j < n and segment[j] in _OPERATOR_CHARS + '=!~:,;':
            j += 1
        if j == i:
            return None
        if depth == 0:
            tokens.append((i, segment[i:j], False))
        i = j
    return tokens if depth == 0 else None


def _binary_anchors(segment, pos, op, tokens):
    # The parser's left operand ends inside its grouping parentheses and the right one
    # starts inside them; the caret span is measured from those points, which is why a
    # two-character operator after a parenthesised operand gets a single ^.
    left_end = pos
    while left_end > 0 and segment[left_end - 1].isspace():
        left_end -= 1
    while left_end > 0 and segment[left_end - 1] == ')':
        opened = _grouping_open_at(segment, left_end - 1)
        if opened is None:
            break
        left_end -= 1
        while left_end > 0 and segment[left_end - 1].isspace():
            left_end -= 1
    right_start = pos + len(op)
    while right_start < len(segment) and (segment[right_start].isspace()
                                           or segment[right_start] == '('):
        right_start += 1
    operator_str = segment[left_end:right_start]
    offset = len(operator_str) - len(operator_str.lstrip())
    left = left_end + offset
    right = left + 1
    if offset + 1 < len(operator_str) and not operator_str[offset + 1].isspace():
        right += 1
    while left < len(segment) and (segment[left].isspace() or segment[left] in ')#'):
        left += 1
        right += 1
    return left, right


def _grouping_open_at(segment, close):
    tokens = _top_level_tokens_all(segment)
    depth = 0
    for j in range(len(tokens) - 1, -1, -1):
        pos, text = tokens[j]
        if pos > close:
            continue
        if text == ')':
            depth += 1
        elif text == '(':
            depth -= 1
            if depth == 0:
                if j == 0:
                    return pos
                prev_pos, prev = tokens[j - 1]
                if prev in (')', ']', '}') or prev[0].isalnum() or prev[0] in '_"\'':
                    return None
                return pos
    return None


def _top_level_tokens_all(segment):
    # Brackets and the token before each, at any depth (strings skipped).
    out = []
    i = 0
    n = len(segment)
    while i < n:
        ch = segment[i]
        if ch.isspace():
            i += 1
        elif ch in '\'"':
            j = i + 1
            while j < n and segment[j] != ch:
                j += 2 if segment[j] == '\\' else 1
            out.append((i, 'str'))
            i = j + 1
        elif ch in '()[]{}':
            out.append((i, ch))
            i += 1
        elif ch.isalnum() or ch in '_.':
            j = i
            while j < n and (segment[j].isalnum() or segment[j] in '_.'):
                j += 1
            out.append((i, segment[i:j]))
            i = j
        else:
            out.append((i, ch))
            i += 1
    return out


def _anchors(segment):
    """Where the operator of a binary operation, or the [...] of a subscript, is."""
    tokens = _top_level_tokens(segment)
    if not tokens:
        return None
    words = {t[1] for t in tokens}
    if words & {'and', 'or', 'not', 'in', 'is', 'if', 'else', 'lambda', 'for', ',', ':', ';',
                '==', '!=', '<', '>', '<=', '>=', '=', ':='}:
        return None
    # Binary operators follow an operand; a + or - after an operator is unary.
    binary = []
    previous_operand = False
    for pos, text, is_operand in tokens:
        if is_operand or text in ('(', '[', '{'):
            if text in ('(', '[', '{'):
                previous_operand = False
            else:
                previous_operand = True
            continue
        if text in ('~',):
            previous_operand = False
            continue
        if previous_operand:
            op = text
            for candidate in ('**', '//', '<<', '>>', '|', '^', '&', '+', '-', '*', '/', '%',
                              '@'):
                if op.startswith(candidate):
                    binary.append((pos, candidate))
                    break
            else:
                return None
        previous_operand = False
    if binary:
        for level in _BINARY_LEVELS:
            found = [b for b in binary if b[1] in level]
            if found:
                pos, op = found[0] if level == ('**',) else found[-1]
                return _binary_anchors(segment, pos, op, tokens)
    # A subscript: the segment ends with the [...] that follows an operand.
    last_pos, last_text, _ = tokens[-1]
    if last_text == ']' and len(tokens) >= 3:
        for k in range(len(tokens) - 2, 0, -1):
            if tokens[k][1] == '[':
                if tokens[k - 1][2] or tokens[k - 1][1] in (')', ']', '}'):
                    return tokens[k][0], len(segment.rstrip())
                break
    return None


def _repeat_line(n):
    return '  [Previous line repeated %d more time%s]\n' % (n, 's' if n > 1 else '')


def extract_tb(tb, limit=None):
    return StackSummary.extract(_walk_tb_with_positions(tb), limit=limit)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end='')


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit):
        print(item, file=file, end='')


def _type_name(etype):
    qualname = getattr(etype, '__qualname__', None) or getattr(etype, '__name__', str(etype))
    module = getattr(etype, '__module__', None)
    if module not in (None, '__main__', 'builtins'):
        return '%s.%s' % (module, qualname)
    return qualname


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'


def _exception_only(etype, value):
    if etype is None or value is None and etype is type(None):
        return ['NoneType: None\n']
    stype = _type_name(etype)
    if value is None:
        return ['%s\n' % stype]
    lines = []
    if isinstance(value, SyntaxError):
        lines.extend(_syntax_error_lines(value))
        text = value.msg or '<no detail available>'
        lines.append('%s: %s\n' % (stype, text))
    else:
        text = _safe_str(value)
        lines.append('%s: %s\n' % (stype, text) if text else '%s\n' % stype)
    notes = getattr(value, '__notes__', None)
    if notes is not None:
        if isinstance(notes, (list, tuple)):
            for note in notes:
                note = note if isinstance(note, str) else _safe_str(note)
                lines.append(note + '\n')
        else:
            lines.append('%s\n' % _safe_str_repr(notes))
    return lines


def _safe_str_repr(value):
    try:
        return repr(value)
    except Exception:
        return '<__notes__ repr() failed>'


def _syntax_error_lines(value):
    lines = []
    filename = value.filename or '<string>'
    lineno = value.lineno
    if lineno is not None:
        lines.append('  File "%s", line %s\n' % (filename, lineno))
    text = value.text
    if text is not None:
        stripped = text.rstrip('\n')
        body = stripped.lstrip(' \n\f')
        spaces = len(stripped) - len(body)
        lines.append('    %s\n' % body)
        if value.offset is not None:
            offset = value.offset
            end_offset = value.end_offset if value.end_offset not in (None, 0) else offset
            if end_offset == offset:
                end_offset = offset + 1
            start = offset - 1 - spaces
            end = end_offset - 1 - spaces
            if start >= 0:
                lines.append('    %s%s\n' % (' ' * start, '^' * max(end - start, 1)))
    return lines


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of a traceback: 'Type: message', and any notes."""
    if value is _sentinel:
        value = exc
        exc = type(exc) if exc is not None else None
    return _exception_only(exc, value)


def _chain(value, tb, limit, chain, seen):
    # Outermost (oldest) exception first, as the interpreter prints a chain.
    parts = []
    if chain and value is not None:
        seen.add(id(value))
        cause = value.__cause__
        context = value.__context__
        if cause is not None and id(cause) not in seen:
            parts.extend(_chain(cause, cause.__traceback__, limit, chain, seen))
            parts.append('\nThe above exception was the direct cause of the following '
                         'exception:\n\n')
        elif (context is not None and not value.__suppress_context__
              and id(context) not in seen):
            parts.extend(_chain(context, context.__traceback__, limit, chain, seen))
            parts.append('\nDuring handling of the above exception, another exception '
                         'occurred:\n\n')
    if tb is not None:
        parts.append('Traceback (most recent call last):\n')
        parts.extend(format_tb(tb, limit))
    parts.extend(_exception_only(type(value) if value is not None else None, value))
    return parts


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines of a full traceback, chained exceptions included."""
    if value is _sentinel:
        value = exc
    if tb is _sentinel:
        tb = getattr(value, '__traceback__', None)
    return _chain(value, tb, limit, chain, set())


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    """The traceback of the exception being handled, as one string."""
    value = sys.exc_info()[1]
    return ''.join(format_exception(value, limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Prints the traceback of the exception being handled (to stderr)."""
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_value'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    if file is None:
        file = sys.stderr
    for item in format_list(extract_stack(f, limit=limit)):
        print(item, file=file, end='')


def clear_frames(tb):
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        tb = tb.tb_next


class TracebackException:
    """An exception captured for later formatting."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10):
        self.exc_type = exc_type
        self._value = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self.stack = StackSummary.extract(_walk_tb_with_positions(exc_traceback), limit=limit,
                                          lookup_lines=lookup_lines,
                                          capture_locals=capture_locals)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self._str = _safe_str(exc_value)
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = bool(getattr(exc_value, '__suppress_context__', False))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        return iter(_exception_only(self.exc_type, self._value))

    def format(self, *, chain=True):
        return iter(format_exception(self._value, self._value, self._tb, limit=self._limit,
                                     chain=chain))
