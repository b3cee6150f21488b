"""pickle: serialisation of the common types (None, bools, ints, floats, complex,
str, bytes, bytearray, tuples, lists, dicts, sets, classes and functions by name,
instances through __reduce_ex__/__reduce__ or their __dict__), writing the bytes
CPython's pickler writes for protocols 0 to 5, with memoisation (shared and
recursive structures survive) and one frame. The unpickler reads what it writes
and Python 2's names for the builtins (fix_imports)."""

import sys
import struct as _struct
import io as _io
import copyreg

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'Pickler', 'Unpickler',
           'dump', 'dumps', 'load', 'loads', 'HIGHEST_PROTOCOL', 'DEFAULT_PROTOCOL']

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


def _b(*codes):
    return bytes(codes)


MARK = b'('
STOP = b'.'
POP = b'0'
NONE = b'N'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
BININT = b'J'
BININT1 = b'K'
BININT2 = b'M'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINFLOAT = b'G'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE = b'X'
BINUNICODE8 = b'\x8d'
SHORT_BINBYTES = b'C'
BINBYTES = b'B'
BINBYTES8 = b'\x8e'
BYTEARRAY8 = b'\x96'
EMPTY_TUPLE = b')'
TUPLE = b't'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
EMPTY_LIST = b']'
APPEND = b'a'
APPENDS = b'e'
EMPTY_DICT = b'}'
SETITEM = b's'
SETITEMS = b'u'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
MEMOIZE = b'\x94'
BINGET = b'h'
LONG_BINGET = b'j'
BINPUT = b'q'
LONG_BINPUT = b'r'
STACK_GLOBAL = b'\x93'
GLOBAL = b'c'
NEWOBJ = b'\x81'
NEWOBJ_EX = b'\x92'
REDUCE = b'R'
BUILD = b'b'
PROTO = b'\x80'
FRAME = b'\x95'
NEXT_BUFFER = b'\x97'
# The text opcodes of protocol 0 (and the ones protocol 1 keeps).
INT = b'I'
LONG = b'L'
FLOAT = b'F'
UNICODE = b'V'
PUT = b'p'
GET = b'g'
LIST = b'l'
DICT = b'd'
POP_MARK = b'1'
TRUE = b'I01\n'
FALSE = b'I00\n'

# Python 2's names for what protocols 0 to 2 pickle (CPython's _compat_pickle).
_PY2_FUNCTIONS = {('builtins', 'range'): ('__builtin__', 'xrange'),
                  ('functools', 'reduce'): ('__builtin__', 'reduce'),
                  ('sys', 'intern'): ('__builtin__', 'intern'),
                  ('builtins', 'chr'): ('__builtin__', 'unichr'),
                  ('builtins', 'str'): ('__builtin__', 'unicode'),
                  ('builtins', 'int'): ('__builtin__', 'long'),
                  ('builtins', 'zip'): ('itertools', 'izip'),
                  ('builtins', 'map'): ('itertools', 'imap'),
                  ('builtins', 'filter'): ('itertools', 'ifilter'),
                  ('itertools', 'filterfalse'): ('itertools', 'ifilterfalse'),
                  ('itertools', 'zip_longest'): ('itertools', 'izip_longest'),
                  ('collections', 'UserDict'): ('UserDict', 'IterableUserDict'),
                  ('collections', 'UserList'): ('UserList', 'UserList'),
                  ('collections', 'UserString'): ('UserString', 'UserString')}
_PY2_EXCEPTIONS = (
    'ArithmeticError AssertionError AttributeError BaseException BufferError BytesWarning '
    'DeprecationWarning EOFError EnvironmentError Exception FloatingPointError FutureWarning '
    'GeneratorExit IOError ImportError ImportWarning IndentationError IndexError KeyError '
    'KeyboardInterrupt LookupError MemoryError NameError NotImplementedError OSError '
    'OverflowError PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning '
    'StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TypeError '
    'UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError '
    'UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning '
    'ZeroDivisionError').split()
_PY2_OSERRORS = (
    'BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError '
    'ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError '
    'InterruptedError IsADirectoryError NotADirectoryError PermissionError '
    'ProcessLookupError TimeoutError').split()
for _name in _PY2_EXCEPTIONS:
    _PY2_FUNCTIONS[('builtins', _name)] = ('exceptions', _name)
for _name in _PY2_OSERRORS:
    _PY2_FUNCTIONS[('builtins', _name)] = ('exceptions', 'OSError')
_PY2_FUNCTIONS[('builtins', 'ModuleNotFoundError')] = ('exceptions', 'ImportError')
_PY2_MODULES = {'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue',
                'reprlib': 'repr', '_thread': 'thread', 'collections.abc': '_abcoll',
                '_functools': 'functools', 'subprocess': 'commands',
                'urllib.parse': 'urlparse', 'html.parser': 'HTMLParser'}
# And back, for loading.
_PY3_NAMES = {v: k for k, v in _PY2_FUNCTIONS.items() if v[0] != 'exceptions'}
_PY3_NAMES[('__builtin__', 'basestring')] = ('builtins', 'str')
_PY3_NAMES[('exceptions', 'StandardError')] = ('builtins', 'Exception')
_PY3_NAMES[('UserDict', 'UserDict')] = ('collections', 'UserDict')
_PY3_MODULES = {v: k for k, v in _PY2_MODULES.items()}
_PY3_MODULES['exceptions'] = 'builtins'

_BATCHSIZE = 1000
_OBJECT_REDUCE_EX = getattr(object, '__reduce_ex__', None)
_OBJECT_REDUCE = getattr(object, '__reduce__', None)


def _raw_unicode_escape(text):
    """Protocol 0's text: Latin-1 bytes, with \\uXXXX for the rest and for the
    characters that would break a line or the escapes."""
    out = []
    for ch in text:
        c = ord(ch)
        if c >= 0x10000:
            out.append('\\U%08x' % c)
        elif c >= 256 or ch in '\\\0\n\r\x1a':
            out.append('\\u%04x' % c)
        else:
            out.append(ch)
    return ''.join(out).encode('latin-1')


def _encode_long(x):
    """Two's-complement little-endian bytes of x, as short as possible."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def _decode_long(data):
    return int.from_bytes(data, byteorder='little', signed=True)


def _whichmodule(obj, name):
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in list(sys.modules.items()):
        if module is None:
            continue
        try:
            if _getattribute(module, name) is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def _getattribute(obj, name):
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        obj = getattr(obj, subpath)
    return obj


class Pickler:
    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError('pickle protocol must be <= %d' % HIGHEST_PROTOCOL)
        self._file = file
        self.proto = protocol
        self.memo = {}
        self.bin = protocol >= 1
        self.fix_imports = fix_imports
        self.fast = 0
        self.dispatch_table = copyreg.dispatch_table

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        self._out = []
        self.save(obj)
        body = b''.join(self._out) + STOP
        head = PROTO + bytes([self.proto]) if self.proto >= 2 else b''
        if self.proto >= 4 and len(body) >= 4:
            head += FRAME + _struct.pack('<Q', len(body))
        self._file.write(head + body)

    def write(self, data):
        self._out.append(data)

    def memoize(self, obj):
        idx = len(self.memo)
        if self.proto >= 4:
            self.write(MEMOIZE)
        elif not self.bin:
            self.write(PUT + repr(idx).encode('ascii') + b'\n')
        elif idx < 256:
            self.write(BINPUT + bytes([idx]))
        else:
            self.write(LONG_BINPUT + _struct.pack('<I', idx))
        self.memo[id(obj)] = idx, obj

    def get(self, idx):
        if not self.bin:
            return GET + repr(idx).encode('ascii') + b'\n'
        if idx < 256:
            return BINGET + bytes([idx])
        return LONG_BINGET + _struct.pack('<I', idx)

    def save(self, obj, save_persistent_id=True):
        t = type(obj)
        if obj is None:
            self.write(NONE)
            return
        if t is bool:
            if self.proto >= 2:
                self.write(NEWTRUE if obj else NEWFALSE)
            else:
                self.write(TRUE if obj else FALSE)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        f = self._dispatch.get(t)
        if f is not None:
            f(self, obj)
            return
        reduce = self.dispatch_table.get(t)
        if reduce is not None:
            rv = reduce(obj)
        elif isinstance(obj, type):
            self.save_global(obj)
            return
        else:
            rv = self._reduce(obj)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError('%s must return string or tuple' % '__reduce__')
        if not 2 <= len(rv) <= 6:
            raise PicklingError('Tuple returned by %s must have two to six elements'
                                % '__reduce__')
        self.save_reduce(*rv, obj=obj)

    def _reduce(self, obj):
        t = type(obj)
        if t is range or t is slice:
            return t, (obj.start, obj.stop, obj.step)
        reduce_ex = getattr(t, '__reduce_ex__', None)
        reduce = getattr(t, '__reduce__', None)
        if reduce_ex is not None and reduce_ex is not _OBJECT_REDUCE_EX:
            return obj.__reduce_ex__(self.proto)
        if reduce is not None and reduce is not _OBJECT_REDUCE:
            return obj.__reduce__()
        # A plain instance: rebuilt by cls.__new__(cls) and its state.
        if getattr(t, '__qualname__', '').find('<locals>') >= 0:
            raise AttributeError("Can't pickle local object %r" % t.__qualname__)
        if self.proto < 2:
            return self._reduce_old(obj)
        getstate = getattr(obj, '__getstate__', None)
        if getstate is not None and getattr(t, '__getstate__', None) is not \
                getattr(object, '__getstate__', None):
            state = getstate()
        else:
            state = getattr(obj, '__dict__', None)
            slots = {}
            for klass in t.__mro__:
                for name in klass.__dict__.get('__slots__', ()):
                    if name not in ('__dict__', '__weakref__') and hasattr(obj, name):
                        slots[name] = getattr(obj, name)
            if not state:
                state = None
            if slots:
                state = (state, slots)
        if t.__new__ is object.__new__ or True:
            args = ()
            getnewargs = getattr(obj, '__getnewargs__', None)
            if getnewargs is not None:
                args = getnewargs()
            listitems = iter(obj) if isinstance(obj, list) else None
            dictitems = iter(obj.items()) if isinstance(obj, dict) else None
            return (copyreg.__newobj__, (t,) + tuple(args), state, listitems, dictitems)

    def _reduce_old(self, obj):
        # What object.__reduce_ex__ gives protocols 0 and 1 (copyreg._reduce_ex):
        # copyreg._reconstructor(cls, base, base(obj)) with the nearest builtin base.
        cls = type(obj)
        base = object
        for klass in cls.__mro__:
            if getattr(klass, '__module__', None) == 'builtins':
                base = klass
                break
        if base is object:
            state = None
        else:
            if base is cls:
                raise TypeError('cannot pickle %r object' % cls.__name__)
            state = base(obj)
        getstate = getattr(obj, '__getstate__', None)
        if getstate is not None and getattr(cls, '__getstate__', None) is not \
                getattr(object, '__getstate__', None):
            d = getstate()
        else:
            if getattr(obj, '__slots__', None):
                raise TypeError('a class that defines __slots__ without defining '
                                '__getstate__ cannot be pickled with protocol 0 or 1')
            d = getattr(obj, '__dict__', None)
        if d:
            return copyreg._reconstructor, (cls, base, state), d
        return copyreg._reconstructor, (cls, base, state)

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError('func from save_reduce() must be callable')
        if not isinstance(args, tuple):
            raise PicklingError('args from save_reduce() must be a tuple')
        if self.proto >= 2 and getattr(func, '__name__', '') == '__newobj__' and args:
            cls = args[0]
            self.save(cls)
            self.save(args[1:])
            self.write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            self.write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                self.write(POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                self.write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                self.write(TUPLE2)
                self.write(REDUCE)
                self.write(POP)

    def save_long(self, obj):
        if not self.bin:
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(INT + repr(obj).encode('ascii') + b'\n')
            else:
                self.write(LONG + repr(obj).encode('ascii') + b'L\n')
            return
        if obj >= 0:
            if obj <= 0xff:
                self.write(BININT1 + bytes([obj]))
                return
            if obj <= 0xffff:
                self.write(BININT2 + _struct.pack('<H', obj))
                return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(BININT + _struct.pack('<i', obj))
            return
        if self.proto < 2:
            self.write(LONG + repr(obj).encode('ascii') + b'L\n')
            return
        encoded = _encode_long(obj)
        n = len(encoded)
        if n < 256:
            self.write(LONG1 + bytes([n]) + encoded)
        else:
            self.write(LONG4 + _struct.pack('<i', n) + encoded)

    def save_float(self, obj):
        if not self.bin:
            self.write(FLOAT + repr(obj).encode('ascii') + b'\n')
            return
        self.write(BINFLOAT + _struct.pack('>d', obj))

    def save_str(self, obj):
        if not self.bin:
            self.write(UNICODE + _raw_unicode_escape(obj) + b'\n')
            self.memoize(obj)
            return
        encoded = obj.encode('utf-8', 'surrogatepass')
        n = len(encoded)
        if n < 256 and self.proto >= 4:
            self.write(SHORT_BINUNICODE + bytes([n]) + encoded)
        elif n > 0xffffffff:
            self.write(BINUNICODE8 + _struct.pack('<Q', n) + encoded)
        else:
            self.write(BINUNICODE + _struct.pack('<I', n) + encoded)
        self.memoize(obj)

    def save_bytes(self, obj):
        if self.proto < 3:
            # No bytes opcode before protocol 3: codecs.encode(latin-1 text).
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                import codecs
                self.save_reduce(codecs.encode, (obj.decode('latin-1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n < 256:
            self.write(SHORT_BINBYTES + bytes([n]) + obj)
        elif n > 0xffffffff:
            self.write(BINBYTES8 + _struct.pack('<Q', n) + obj)
        else:
            self.write(BINBYTES + _struct.pack('<I', n) + obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(obj),) if obj else (), obj=obj)
            return
        self.write(BYTEARRAY8 + _struct.pack('<Q', len(obj)) + bytes(obj))
        self.memoize(obj)

    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        if n <= 3 and self.proto >= 2:
            for element in obj:
                self.save(element)
            if id(obj) in self.memo:
                self.write(POP * n + self.get(self.memo[id(obj)][0]))
            else:
                self.write((TUPLE1, TUPLE2, TUPLE3)[n - 1])
                self.memoize(obj)
            return
        self.write(MARK)
        for element in obj:
            self.save(element)
        if id(obj) in self.memo:
            pop = POP_MARK if self.bin else POP * (n + 1)
            self.write(pop + self.get(self.memo[id(obj)][0]))
            return
        self.write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        self._batch_appends(obj, True)

    def _batch_appends(self, items, exact=False):
        items = list(items)
        if not self.bin:
            for x in items:
                self.save(x)
                self.write(APPEND)
            return
        for start in range(0, len(items), _BATCHSIZE):
            chunk = items[start:start + _BATCHSIZE]
            # A whole list of one item, or a last batch of one from an iterator.
            if len(chunk) == 1 and (not exact or len(items) == 1):
                self.save(chunk[0])
                self.write(APPEND)
            else:
                self.write(MARK)
                for x in chunk:
                    self.save(x)
                self.write(APPENDS)

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items(), True)

    def _batch_setitems(self, items, exact=False):
        items = list(items)
        if not self.bin:
            for k, v in items:
                self.save(k)
                self.save(v)
                self.write(SETITEM)
            return
        for start in range(0, len(items), _BATCHSIZE):
            chunk = items[start:start + _BATCHSIZE]
            if len(chunk) == 1 and (not exact or len(items) == 1):
                k, v = chunk[0]
                self.save(k)
                self.save(v)
                self.write(SETITEM)
            else:
                self.write(MARK)
                for k, v in chunk:
                    self.save(k)
                    self.save(v)
                self.write(SETITEMS)

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        for start in range(0, len(items), _BATCHSIZE):
            self.write(MARK)
            for item in items[start:start + _BATCHSIZE]:
                self.save(item)
            self.write(ADDITEMS)

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self.write(b'1' + self.get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    def save_complex(self, obj):
        self.save_reduce(complex, (obj.real, obj.imag), obj=obj)

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None) or obj.__name__
        module_name = _whichmodule(obj, name)
        import codecs
        if obj is codecs.encode:
            # CPython's codecs.encode lives in _codecs, which moult folds in.
            module_name, name = '_codecs', 'encode'
        try:
            __import__(module_name)
            module = sys.modules[module_name]
            obj2 = _getattribute(module, name)
        except (ImportError, KeyError, AttributeError):
            if module_name == '_codecs':
                obj2 = obj
            else:
                raise PicklingError("Can't pickle %r: it's not found as %s.%s"
                                    % (obj, module_name, name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self.write(STACK_GLOBAL)
        else:
            if self.proto < 3 and self.fix_imports:
                key = (module_name, name)
                if key in _PY2_FUNCTIONS:
                    module_name, name = _PY2_FUNCTIONS[key]
                else:
                    module_name = _PY2_MODULES.get(module_name, module_name)
            self.write(GLOBAL + (module_name + '\n' + name + '\n').encode('utf-8'))
        self.memoize(obj)

    _dispatch = {}


Pickler._dispatch.update({
    int: Pickler.save_long, float: Pickler.save_float, str: Pickler.save_str,
    bytes: Pickler.save_bytes, bytearray: Pickler.save_bytearray, tuple: Pickler.save_tuple,
    list: Pickler.save_list, dict: Pickler.save_dict, set: Pickler.save_set,
    frozenset: Pickler.save_frozenset, complex: Pickler.save_complex,
    type(len): Pickler.save_global, type(_encode_long): Pickler.save_global,
})


class Unpickler:
    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict',
                 buffers=None):
        self._data = file.read()
        self._pos = 0
        self.memo = {}
        self.proto = 0
        self.fix_imports = fix_imports

    def _read(self, n):
        start = self._pos
        end = start + n
        if end > len(self._data):
            raise EOFError('Ran out of input') if start >= len(self._data) else \
                UnpicklingError('pickle data was truncated')
        self._pos = end
        return self._data[start:end]

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _PY3_NAMES:
                module, name = _PY3_NAMES[(module, name)]
            elif module in _PY3_MODULES:
                module = _PY3_MODULES[module]
        if module == '_codecs':
            module = 'codecs'
        __import__(module)
        return _getattribute(sys.modules[module], name)

    def _pop_mark(self):
        items = self.stack
        self.stack = self.metastack.pop()
        return items

    def load(self):
        self.stack = []
        self.metastack = []
        if not self._data:
            raise EOFError('Ran out of input')
        while True:
            code = self._read(1)
            f = _load_dispatch.get(code[0])
            if f is None:
                raise UnpicklingError('invalid load key, %r.' % chr(code[0]))
            try:
                f(self)
            except _Stop as stop:
                return stop.value


def _op(code):
    def register(f):
        _load_dispatch[code[0]] = f
        return f
    return register


_load_dispatch = {}


@_op(PROTO)
def _load_proto(self):
    proto = self._read(1)[0]
    if not 0 <= proto <= HIGHEST_PROTOCOL:
        raise ValueError('unsupported pickle protocol: %d' % proto)
    self.proto = proto


@_op(FRAME)
def _load_frame(self):
    self._read(8)


@_op(STOP)
def _load_stop(self):
    raise _Stop(self.stack.pop())


@_op(MARK)
def _load_mark(self):
    self.metastack.append(self.stack)
    self.stack = []


@_op(POP)
def _load_pop(self):
    if self.stack:
        self.stack.pop()
    else:
        self._pop_mark()


@_op(b'1')
def _load_pop_mark(self):
    self._pop_mark()


@_op(NONE)
def _load_none(self):
    self.stack.append(None)


@_op(NEWTRUE)
def _load_true(self):
    self.stack.append(True)


@_op(NEWFALSE)
def _load_false(self):
    self.stack.append(False)


@_op(BININT)
def _load_binint(self):
    self.stack.append(_struct.unpack('<i', self._read(4))[0])


@_op(BININT1)
def _load_binint1(self):
    self.stack.append(self._read(1)[0])


@_op(BININT2)
def _load_binint2(self):
    self.stack.append(_struct.unpack('<H', self._read(2))[0])


@_op(LONG1)
def _load_long1(self):
    n = self._read(1)[0]
    self.stack.append(_decode_long(self._read(n)))


@_op(LONG4)
def _load_long4(self):
    n = _struct.unpack('<i', self._read(4))[0]
    self.stack.append(_decode_long(self._read(n)))


@_op(BINFLOAT)
def _load_binfloat(self):
    self.stack.append(_struct.unpack('>d', self._read(8))[0])


@_op(SHORT_BINUNICODE)
def _load_short_binunicode(self):
    n = self._read(1)[0]
    self.stack.append(self._read(n).decode('utf-8', 'surrogatepass'))


@_op(BINUNICODE)
def _load_binunicode(self):
    n = _struct.unpack('<I', self._read(4))[0]
    self.stack.append(self._read(n).decode('utf-8', 'surrogatepass'))


@_op(BINUNICODE8)
def _load_binunicode8(self):
    n = _struct.unpack('<Q', self._read(8))[0]
    self.stack.append(self._read(n).decode('utf-8', 'surrogatepass'))


@_op(SHORT_BINBYTES)
def _load_short_binbytes(self):
    n = self._read(1)[0]
    self.stack.append(bytes(self._read(n)))


@_op(BINBYTES)
def _load_binbytes(self):
    n = _struct.unpack('<I', self._read(4))[0]
    self.stack.append(bytes(self._read(n)))


@_op(BINBYTES8)
def _load_binbytes8(self):
    n = _struct.unpack('<Q', self._read(8))[0]
    self.stack.append(bytes(self._read(n)))


@_op(BYTEARRAY8)
def _load_bytearray8(self):
    n = _struct.unpack('<Q', self._read(8))[0]
    self.stack.append(bytearray(self._read(n)))


@_op(EMPTY_TUPLE)
def _load_empty_tuple(self):
    self.stack.append(())


@_op(TUPLE)
def _load_tuple(self):
    value = tuple(self._pop_mark())
    self.stack.append(value)


@_op(TUPLE1)
def _load_tuple1(self):
    self.stack[-1] = (self.stack[-1],)


@_op(TUPLE2)
def _load_tuple2(self):
    self.stack[-2:] = [(self.stack[-2], self.stack[-1])]


@_op(TUPLE3)
def _load_tuple3(self):
    self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]


@_op(EMPTY_LIST)
def _load_empty_list(self):
    self.stack.append([])


@_op(APPEND)
def _load_append(self):
    value = self.stack.pop()
    self.stack[-1].append(value)


@_op(APPENDS)
def _load_appends(self):
    items = self._pop_mark()
    target = self.stack[-1]
    if isinstance(target, list):
        target.extend(items)
    else:
        for item in items:
            target.append(item)


@_op(EMPTY_DICT)
def _load_empty_dict(self):
    self.stack.append({})


@_op(SETITEM)
def _load_setitem(self):
    value = self.stack.pop()
    key = self.stack.pop()
    self.stack[-1][key] = value


@_op(SETITEMS)
def _load_setitems(self):
    items = self._pop_mark()
    target = self.stack[-1]
    for i in range(0, len(items), 2):
        target[items[i]] = items[i + 1]


@_op(EMPTY_SET)
def _load_empty_set(self):
    self.stack.append(set())


@_op(ADDITEMS)
def _load_additems(self):
    items = self._pop_mark()
    self.stack[-1].update(items)


@_op(FROZENSET)
def _load_frozenset(self):
    value = frozenset(self._pop_mark())
    self.stack.append(value)


@_op(MEMOIZE)
def _load_memoize(self):
    self.memo[len(self.memo)] = self.stack[-1]


@_op(BINPUT)
def _load_binput(self):
    self.memo[self._read(1)[0]] = self.stack[-1]


@_op(LONG_BINPUT)
def _load_long_binput(self):
    self.memo[_struct.unpack('<I', self._read(4))[0]] = self.stack[-1]


@_op(BINGET)
def _load_binget(self):
    self.stack.append(self.memo[self._read(1)[0]])


@_op(LONG_BINGET)
def _load_long_binget(self):
    self.stack.append(self.memo[_struct.unpack('<I', self._read(4))[0]])


@_op(STACK_GLOBAL)
def _load_stack_global(self):
    name = self.stack.pop()
    module = self.stack.pop()
    self.stack.append(self.find_class(module, name))


@_op(GLOBAL)
def _load_global(self):
    module = self._readline()
    name = self._readline()
    self.stack.append(self.find_class(module, name))


def _readline(self):
    end = self._data.index(b'\n', self._pos)
    line = self._data[self._pos:end].decode('utf-8')
    self._pos = end + 1
    return line


Unpickler._readline = _readline


@_op(NEWOBJ)
def _load_newobj(self):
    args = self.stack.pop()
    cls = self.stack.pop()
    self.stack.append(cls.__new__(cls, *args))


@_op(NEWOBJ_EX)
def _load_newobj_ex(self):
    kwargs = self.stack.pop()
    args = self.stack.pop()
    cls = self.stack.pop()
    self.stack.append(cls.__new__(cls, *args, **kwargs))


@_op(REDUCE)
def _load_reduce(self):
    args = self.stack.pop()
    func = self.stack[-1]
    self.stack[-1] = func(*args)


@_op(BUILD)
def _load_build(self):
    state = self.stack.pop()
    inst = self.stack[-1]
    setstate = getattr(inst, '__setstate__', None)
    if setstate is not None and getattr(type(inst), '__setstate__', None) is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        inst.__dict__.update(state)
    if slotstate:
        for k, v in slotstate.items():
            setattr(inst, k, v)


@_op(INT)
def _load_int(self):
    line = self._readline()
    if line == '00':
        value = False
    elif line == '01':
        value = True
    else:
        value = int(line, 0)
    self.stack.append(value)


@_op(LONG)
def _load_long(self):
    line = self._readline()
    if line.endswith('L'):
        line = line[:-1]
    self.stack.append(int(line, 0))


@_op(FLOAT)
def _load_float(self):
    self.stack.append(float(self._readline()))


@_op(UNICODE)
def _load_unicode(self):
    end = self._data.index(b'\n', self._pos)
    raw = self._data[self._pos:end]
    self._pos = end + 1
    self.stack.append(_raw_unicode_unescape(raw))


def _raw_unicode_unescape(raw):
    text = raw.decode('latin-1')
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == '\\' and i + 1 < n and text[i + 1] in 'uU':
            width = 4 if text[i + 1] == 'u' else 8
            digits = text[i + 2:i + 2 + width]
            if len(digits) == width:
                try:
                    out.append(chr(int(digits, 16)))
                    i += 2 + width
                    continue
                except ValueError:
                    pass
        out.append(ch)
        i += 1
    return ''.join(out)


@_op(PUT)
def _load_put(self):
    self.memo[int(self._readline())] = self.stack[-1]


@_op(GET)
def _load_get(self):
    self.stack.append(self.memo[int(self._readline())])


@_op(LIST)
def _load_list(self):
    items = self._pop_mark()
    self.stack.append(items)


@_op(DICT)
def _load_dict(self):
    items = self._pop_mark()
    self.stack.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    f = _io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    return Unpickler(file, fix_imports=fix_imports).load()


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    if isinstance(data, str):
        raise TypeError("Can't load pickle from unicode string")
    return Unpickler(_io.BytesIO(data), fix_imports=fix_imports).load()
