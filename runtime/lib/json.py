"""JSON encoding and decoding (dumps/loads/dump/load, JSONEncoder, JSONDecoder) with
CPython's output format, float and string escaping, and error messages."""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

_INFINITY = float('inf')


class JSONDecodeError(ValueError):
    """A ValueError that also says where: msg, doc, pos, lineno and colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


################################################################################
# Encoding
################################################################################

_SHORT_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
                  '\b': '\\b', '\f': '\\f'}


def _escape_char(ch, ascii_only):
    short = _SHORT_ESCAPES.get(ch)
    if short is not None:
        return short
    code = ord(ch)
    if code < 0x20 or (ascii_only and code > 0x7e):
        if code > 0xffff:
            code -= 0x10000
            return '\\u%04x\\u%04x' % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff))
        return '\\u%04x' % code
    return ch


def _encode_str(s, ascii_only):
    out = []
    for ch in s:
        if ch == '"' or ch == '\\' or ch < ' ' or (ascii_only and ch > '~'):
            out.append(_escape_char(ch, ascii_only))
        else:
            out.append(ch)
    return '"' + ''.join(out) + '"'


def _float_repr(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == _INFINITY:
        text = 'Infinity'
    elif o == -_INFINITY:
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        raise ValueError('Out of range float values are not JSON compliant')
    return text


class JSONEncoder:
    """Turns Python data into JSON text; subclasses override default() for other types."""
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type %s is not JSON serializable' % o.__class__.__name__)

    def encode(self, o):
        if isinstance(o, str):
            return _encode_str(o, self.ensure_ascii)
        if self.indent is not None:
            return ''.join(self.iterencode(o))
        # CPython encodes this case in C, whose recursion check names JSON.
        try:
            return ''.join(self.iterencode(o))
        except RecursionError:
            pass
        raise RecursionError('maximum recursion depth exceeded while encoding a JSON object')

    def iterencode(self, o, _one_shot=False):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        markers = {} if self.check_circular else None
        return _Writer(self, indent, markers).value(o, 0)


class _Writer:
    """One encoding run: yields the JSON text of a value piece by piece."""

    def __init__(self, encoder, indent, markers):
        self.enc = encoder
        self.indent = indent
        self.markers = markers

    def _enter(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[key] = o

    def _leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def _scalar(self, o):
        # The text of a scalar, or None when o is not one.
        if isinstance(o, str):
            return _encode_str(o, self.enc.ensure_ascii)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return _float_repr(o, self.enc.allow_nan)
        return None

    def value(self, o, level):
        text = self._scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.array(o, level)
        elif isinstance(o, dict):
            yield from self.object(o, level)
        else:
            self._enter(o)
            replacement = self.enc.default(o)
            yield from self.value(replacement, level)
            self._leave(o)

    def _open(self, level):
        if self.indent is None:
            return '', self.enc.item_separator, ''
        inner = '\n' + self.indent * (level + 1)
        return inner, self.enc.item_separator + inner, '\n' + self.indent * level

    def array(self, seq, level):
        if not seq:
            yield '[]'
            return
        self._enter(seq)
        first, sep, close = self._open(level)
        yield '[' + first
        for i, item in enumerate(seq):
            if i:
                yield sep
            yield from self.value(item, level + 1)
        yield close + ']'
        self._leave(seq)

    def _key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _float_repr(key, self.enc.allow_nan)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.enc.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, not %s'
                        % key.__class__.__name__)

    def object(self, dct, level):
        if not dct:
            yield '{}'
            return
        self._enter(dct)
        first, sep, close = self._open(level)
        yield '{' + first
        items = sorted(dct.items()) if self.enc.sort_keys else dct.items()
        started = False
        for key, value in items:
            key = self._key(key)
            if key is None:
                continue
            if started:
                yield sep
            started = True
            yield _encode_str(key, self.enc.ensure_ascii) + self.enc.key_separator
            yield from self.value(value, level + 1)
        yield close + '}'
        self._leave(dct)


_default_encoder = JSONEncoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """The JSON text of obj."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None
            and indent is None and separators is None and default is None
            and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Writes the JSON text of obj to the file fp."""
    if cls is None:
        cls = JSONEncoder
    encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                  allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                  sort_keys=sort_keys, **kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


################################################################################
# Decoding
################################################################################

_WHITESPACE = ' \t\n\r'
_DIGITS = '0123456789'
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n',
                   'r': '\r', 't': '\t'}
_CONSTANTS = {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WHITESPACE:
        i += 1
    return i


class _Parser:
    """Recursive descent over one document; positions are indices into s."""

    def __init__(self, decoder, s):
        self.dec = decoder
        self.s = s
        self.memo = {}

    def fail(self, msg, pos):
        raise JSONDecodeError(msg, self.s, pos)

    def value(self, i):
        """Parses the value at i (no leading whitespace) and returns (value, end)."""
        s = self.s
        if i >= len(s):
            self.fail('Expecting value', i)
        ch = s[i]
        if ch == '"':
            return self.string(i + 1)
        if ch == '{':
            return self.object(i + 1)
        if ch == '[':
            return self.array(i + 1)
        if ch == 'n' and s.startswith('null', i):
            return None, i + 4
        if ch == 't' and s.startswith('true', i):
            return True, i + 4
        if ch == 'f' and s.startswith('false', i):
            return False, i + 5
        number = self.number(i)
        if number is not None:
            return number
        for name in ('NaN', 'Infinity', '-Infinity'):
            if s.startswith(name, i):
                return self.dec.parse_constant(name), i + len(name)
        self.fail('Expecting value', i)

    def number(self, i):
        s = self.s
        n = len(s)
        j = i
        if j < n and s[j] == '-':
            j += 1
        if j < n and s[j] == '0':
            j += 1
        elif j < n and s[j] in '123456789':
            while j < n and s[j] in _DIGITS:
                j += 1
        else:
            return None
        int_end = j
        frac = exp = ''
        if j + 1 < n and s[j] == '.' and s[j + 1] in _DIGITS:
            k = j + 1
            while k < n and s[k] in _DIGITS:
                k += 1
            frac = s[j:k]
            j = k
        if j < n and s[j] in 'eE':
            k = j + 1
            if k < n and s[k] in '+-':
                k += 1
            if k < n and s[k] in _DIGITS:
                while k < n and s[k] in _DIGITS:
                    k += 1
                exp = s[j:k]
                j = k
        if frac or exp:
            return self.dec.parse_float(s[i:int_end] + frac + exp), j
        return self.dec.parse_int(s[i:int_end]), j

    def string(self, i):
        """Parses a string whose opening quote is at i - 1."""
        s = self.s
        n = len(s)
        begin = i - 1
        chunks = []
        start = i
        while True:
            j = start
            while j < n:
                ch = s[j]
                if ch == '"' or ch == '\\' or (ch < ' ' and self.dec.strict):
                    break
                j += 1
            else:
                self.fail('Unterminated string starting at', begin)
            chunks.append(s[start:j])
            ch = s[j]
            if ch == '"':
                return ''.join(chunks), j + 1
            if ch != '\\':
                self.fail('Invalid control character at', j)
            if j + 1 >= n:
                self.fail('Unterminated string starting at', begin)
            esc = s[j + 1]
            if esc != 'u':
                char = _SIMPLE_ESCAPES.get(esc)
                if char is None:
                    self.fail('Invalid \\escape', j)
                chunks.append(char)
                start = j + 2
                continue
            code = self._hex4(j)
            end = j + 6
            if 0xd800 <= code <= 0xdbff and s.startswith('\\u', end):
                low = self._hex4(end)
                if 0xdc00 <= low <= 0xdfff:
                    code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                    end += 6
            chunks.append(chr(code))
            start = end

    def _hex4(self, j):
        # The four hex digits after the \u at j.
        digits = self.s[j + 2:j + 6]
        if len(digits) == 4 and all(c in '0123456789abcdefABCDEF' for c in digits):
            return int(digits, 16)
        self.fail('Invalid \\uXXXX escape', j + 1)

    def object(self, i):
        """Parses an object whose opening brace is at i - 1."""
        s = self.s
        pairs = []
        i = _skip_ws(s, i)
        if i < len(s) and s[i] == '}':
            return self._finish_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                self.fail('Expecting property name enclosed in double quotes', i)
            key, i = self.string(i + 1)
            key = self.memo.setdefault(key, key)
            i = _skip_ws(s, i)
            if i >= len(s) or s[i] != ':':
                self.fail("Expecting ':' delimiter", i)
            i = _skip_ws(s, i + 1)
            value, i = self.value(i)
            pairs.append((key, value))
            i = _skip_ws(s, i)
            if i < len(s) and s[i] == '}':
                return self._finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ',':
                self.fail("Expecting ',' delimiter", i)
            i = _skip_ws(s, i + 1)

    def _finish_object(self, pairs):
        if self.dec.object_pairs_hook is not None:
            return self.dec.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.dec.object_hook is not None:
            return self.dec.object_hook(result)
        return result

    def array(self, i):
        """Parses an array whose opening bracket is at i - 1."""
        s = self.s
        values = []
        i = _skip_ws(s, i)
        if i < len(s) and s[i] == ']':
            return values, i + 1
        while True:
            value, i = self.value(i)
            values.append(value)
            i = _skip_ws(s, i)
            if i < len(s) and s[i] == ']':
                return values, i + 1
            if i >= len(s) or s[i] != ',':
                self.fail("Expecting ',' delimiter", i)
            i = _skip_ws(s, i + 1)


class JSONDecoder:
    """Turns JSON text into Python data."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Parses one value at s[idx:]; returns (value, index after it)."""
        return _Parser(self, s).value(idx)


_default_decoder = JSONDecoder()


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON text s (str, bytes or bytearray)."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError('the JSON object must be str, bytes or bytearray, not %s'
                            % s.__class__.__name__)
        s = bytes(s).decode('utf-8')
    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, **kw):
    """The Python value of the JSON text read from the file fp."""
    return loads(fp.read(), **kw)
