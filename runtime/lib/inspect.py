"""Introspection: signature() with Signature/Parameter/BoundArguments, the is*()
predicates, getmembers, getdoc/cleandoc, getmro, unwrap, getfullargspec, getsource."""

import sys
import enum
import functools
import types
import linecache
from collections import namedtuple
import _sigbind

__all__ = ['signature', 'Signature', 'Parameter', 'BoundArguments', 'isfunction', 'ismethod',
           'isclass', 'ismodule', 'isbuiltin', 'isroutine', 'isgenerator',
           'isgeneratorfunction', 'iscoroutinefunction', 'iscoroutine', 'isabstract',
           'getmembers', 'getdoc', 'cleandoc', 'getmro', 'unwrap', 'getfullargspec',
           'getsource', 'getsourcelines', 'currentframe', 'formatannotation',
           'isasyncgenfunction', 'isawaitable', 'isdatadescriptor', 'ismethoddescriptor',
           'getattr_static', 'getmodule', 'FullArgSpec', 'stack', 'trace', 'getframeinfo',
           'getouterframes', 'getinnerframes', 'getlineno', 'isframe', 'istraceback',
           'iscode', 'FrameInfo', 'Traceback', 'getargvalues', 'ArgInfo']

CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ASYNC_GENERATOR = 0x200


# Predicates.
def ismodule(obj):
    return isinstance(obj, types.ModuleType)


def isclass(obj):
    return isinstance(obj, type)


def ismethod(obj):
    return isinstance(obj, types.MethodType)


def isfunction(obj):
    return isinstance(obj, types.FunctionType)


def isbuiltin(obj):
    return isinstance(obj, types.BuiltinFunctionType)


def ismethoddescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')


def isdatadescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj) or ismethoddescriptor(obj)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    f = functools._unwrap_partial(f) if hasattr(functools, '_unwrap_partial') else f
    while isinstance(f, functools.partial):
        f = f.func
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(obj):
    return isinstance(obj, types.GeneratorType)


def iscoroutine(obj):
    return types.CoroutineType is not None and isinstance(obj, types.CoroutineType)


def isawaitable(obj):
    return iscoroutine(obj) or hasattr(type(obj), '__await__')


def isabstract(obj):
    return isinstance(obj, type) and bool(getattr(obj, '__abstractmethods__', False))


# Members, documentation, MRO.
def getmembers(obj, predicate=None):
    """(name, value) pairs of obj's attributes, sorted by name."""
    results = []
    for name in dir(obj):
        try:
            value = getattr(obj, name)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((name, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmro(cls):
    return cls.__mro__


def cleandoc(doc):
    """A docstring with its indentation and surrounding blank lines removed."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(obj):
    """obj's docstring (or an inherited one), cleaned."""
    doc = getattr(obj, '__doc__', None)
    if doc is None:
        if isinstance(obj, type):
            for base in obj.__mro__[1:]:
                if base is object:
                    break
                doc = base.__doc__
                if doc is not None:
                    break
        elif ismethod(obj) or isfunction(obj):
            name = obj.__name__
            owner = getattr(obj, '__self__', None)
            cls = owner if isinstance(owner, type) else type(owner) if owner else None
            for base in (cls.__mro__[1:] if cls else ()):
                candidate = getattr(base, name, None)
                doc = getattr(candidate, '__doc__', None)
                if doc is not None:
                    break
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(obj):
    if ismodule(obj):
        return obj
    name = getattr(obj, '__module__', None)
    return sys.modules.get(name) if name else None


def getfile(obj):
    """The name of the file obj was defined in."""
    if ismodule(obj):
        if getattr(obj, '__file__', None):
            return obj.__file__
        raise TypeError('{!r} is a built-in module'.format(obj))
    if isclass(obj):
        module = sys.modules.get(getattr(obj, '__module__', None))
        if getattr(module, '__file__', None):
            return module.__file__
        if obj.__module__ == '__main__':
            raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(obj))
    if ismethod(obj):
        obj = obj.__func__
    if isfunction(obj):
        obj = obj.__code__
    if istraceback(obj):
        obj = obj.tb_frame
    if isframe(obj):
        obj = obj.f_code
    if iscode(obj):
        return obj.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(obj).__name__))


def getsourcefile(obj):
    """getfile(obj) when that names Python source that can be read, else None."""
    filename = getfile(obj)
    if not filename.endswith('.py'):
        return None
    import os
    if os.path.exists(filename) or linecache.getlines(filename):
        return filename
    return None


def getabsfile(obj, _filename=None):
    import os
    if _filename is None:
        _filename = getsourcefile(obj) or getfile(obj)
    return os.path.normcase(os.path.abspath(_filename))


def unwrap(func, *, stop=None):
    """Follows __wrapped__ links to the innermost function."""
    seen = {id(func)}
    original = func
    while hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(original))
        seen.add(id(func))
    return func


def getattr_static(obj, attr, default=None):
    for klass in ([obj] if isinstance(obj, type) else []) + list(
            (obj if isinstance(obj, type) else type(obj)).__mro__):
        if attr in klass.__dict__:
            return klass.__dict__[attr]
    if not isinstance(obj, type):
        d = getattr(obj, '__dict__', {})
        if attr in d:
            return d[attr]
    if default is not None:
        return default
    raise AttributeError(attr)


def currentframe():
    getframe = getattr(sys, '_getframe', None)
    return getframe(1) if getframe is not None else None


# Frames and tracebacks.
def isframe(obj):
    return type(obj).__name__ == 'frame'


def istraceback(obj):
    return type(obj).__name__ == 'traceback'


def iscode(obj):
    return type(obj).__name__ == 'code'


def getlineno(frame):
    return frame.f_lineno


_Positions = namedtuple('Positions', 'lineno end_lineno col_offset end_col_offset')
_Positions.__new__.__defaults__ = (None,) * 4

_Traceback = namedtuple('_Traceback', 'filename lineno function code_context index')


class Traceback(_Traceback):
    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        me = super().__new__(cls, filename, lineno, function, code_context, index)
        me.positions = positions
        return me

    def __repr__(self):
        return ('Traceback(filename=%r, lineno=%r, function=%r, code_context=%r, index=%r, '
                'positions=%r)' % (self.filename, self.lineno, self.function,
                                   self.code_context, self.index, self.positions))


_FrameInfo = namedtuple('_FrameInfo', ('frame',) + _Traceback._fields)


class FrameInfo(_FrameInfo):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *,
                positions=None):
        me = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        me.positions = positions
        return me

    def __repr__(self):
        return ('FrameInfo(frame=%r, filename=%r, lineno=%r, function=%r, code_context=%r, '
                'index=%r, positions=%r)' % (self.frame, self.filename, self.lineno,
                                             self.function, self.code_context, self.index,
                                             self.positions))


ArgInfo = namedtuple('ArgInfo', 'args varargs keywords locals')


def _position_at(code, lasti):
    # The (line, end line, column, end column) of the instruction at byte offset lasti.
    if lasti is not None and lasti >= 0:
        for i, pos in enumerate(code.co_positions()):
            if i == lasti // 2:
                return tuple(pos)
    return (None, None, None, None)


def getframeinfo(frame, context=1):
    if istraceback(frame):
        positions = _position_at(frame.tb_frame.f_code, frame.tb_lasti)
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
        positions = _position_at(frame.f_code, frame.f_lasti)
    if positions[0] is None:
        positions = (lineno,) + tuple(positions[1:])
    lineno = positions[0]
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = frame.f_code.co_filename
    lines = index = None
    if context > 0:
        all_lines = linecache.getlines(filename)
        if all_lines:
            start = lineno - 1 - context // 2
            start = max(0, min(start, len(all_lines) - context))
            lines = all_lines[start:start + context]
            index = lineno - 1 - start
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index,
                     positions=_Positions(*positions))


def getouterframes(frame, context=1):
    frames = []
    while frame:
        info = getframeinfo(frame, context)
        frames.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return frames


def getinnerframes(tb, context=1):
    frames = []
    while tb:
        info = getframeinfo(tb, context)
        frames.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return frames


def stack(context=1):
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    return getinnerframes(sys.exc_info()[2], context)


def getargvalues(frame):
    code = frame.f_code
    nargs = code.co_argcount + code.co_kwonlyargcount
    names = list(code.co_varnames[:nargs])
    varargs = varkw = None
    if code.co_flags & CO_VARARGS:
        varargs = code.co_varnames[nargs]
        nargs += 1
    if code.co_flags & CO_VARKEYWORDS:
        varkw = code.co_varnames[nargs]
    return ArgInfo(names, varargs, varkw, frame.f_locals)


# Source code.
def getsourcelines(obj):
    obj = unwrap(obj)
    if ismethod(obj):
        obj = obj.__func__
    code = getattr(obj, '__code__', None)
    if code is None:
        raise TypeError('module, class, method, function, traceback, frame, or code object '
                        'was expected, got %s' % type(obj).__name__)
    lines = linecache.getlines(code.co_filename)
    if not lines:
        raise OSError('could not get source code')
    start = code.co_firstlineno - 1
    first = lines[start]
    indent = len(first) - len(first.lstrip())
    block = [first]
    i = start + 1
    # Decorators come first; the body is whatever is indented deeper than the def.
    while first.lstrip().startswith('@') and i < len(lines):
        first = lines[i]
        block.append(first)
        i += 1
    while i < len(lines):
        line = lines[i]
        if line.strip() and len(line) - len(line.lstrip()) <= indent:
            break
        block.append(line)
        i += 1
    while block and not block[-1].strip():
        block.pop()
    return block, start + 1


def getsource(obj):
    return ''.join(getsourcelines(obj)[0])


# Signatures.
class _empty:
    """Marks a parameter without default or annotation."""


class _void:
    pass


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _DESCRIPTIONS[self]


_DESCRIPTIONS = {0: 'positional-only', 1: 'positional or keyword',
                 2: 'variadic positional', 3: 'keyword-only', 4: 'variadic keyword'}


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if types.GenericAlias is not None and isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation."""
    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
    KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
    VAR_KEYWORD = _ParameterKind.VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError('value %r is not a valid Parameter.kind' % (kind,))
        if default is not _empty and self._kind in (2, 4):
            raise ValueError('%s parameters cannot have default values'
                             % self._kind.description)
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a %s' % type(name).__name__)
        if not name.isidentifier():
            raise ValueError('%r is not a valid parameter name' % name)
        self._name = name
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '%s: %s' % (formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '%s = %r' % (formatted, self._default)
            else:
                formatted = '%s=%r' % (formatted, self._default)
        if self._kind == 2:
            formatted = '*' + formatted
        elif self._kind == 4:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<%s "%s">' % (self.__class__.__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: arguments by parameter name."""
    __slots__ = ('arguments', '_signature')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (3, 4):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                break
            if param.kind == 2:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (3, 4):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                continue
            if param.kind == 4:
                kwargs.update(arg)
            else:
                kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind == 2:
                    val = ()
                elif param.kind == 4:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ['%s=%r' % (arg, value) for arg, value in self.arguments.items()]
        return '<%s (%s)>' % (self.__class__.__name__, ', '.join(args))


class Signature:
    """The parameters and return annotation of a callable."""
    __slots__ = ('_return_annotation', '_parameters')

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = {}
        if parameters is not None:
            top_kind = 0
            seen_default = False
            for param in parameters:
                kind = param.kind
                if __validate_parameters__:
                    if kind < top_kind:
                        raise ValueError('wrong parameter order: %s parameter before %s '
                                         'parameter' % (top_kind.description
                                                        if isinstance(top_kind, _ParameterKind)
                                                        else top_kind, kind.description))
                    top_kind = kind
                    if kind in (0, 1):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument follows default '
                                                 'argument')
                        else:
                            seen_default = True
                    if param.name in params:
                        raise ValueError('duplicate parameter name: %r' % param.name)
                params[param.name] = param
        self._parameters = types.MappingProxyType(params) if types.MappingProxyType \
            else params
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return signature(obj, follow_wrapped=follow_wrapped)

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation
                and list(self._parameters.items()) == list(other._parameters.items()))

    def __hash__(self):
        return hash((tuple(self._parameters.values()), self._return_annotation))

    def _bind(self, args, kwargs, partial=False):
        arguments = {}
        parameters = iter(self._parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                else:
                    if param.kind == 2:
                        break
                    elif param.name in kwargs:
                        if param.kind == 0:
                            raise TypeError('%r parameter is positional only, but was passed '
                                            'as a keyword' % param.name) from None
                        parameters_ex = (param,)
                        break
                    elif param.kind == 4 or param.default is not _empty:
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        raise TypeError('missing a required argument: %r' % param.name) \
                            from None
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError('too many positional arguments') from None
                else:
                    if param.kind in (3, 4):
                        raise TypeError('too many positional arguments') from None
                    if param.kind == 2:
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break
                    if param.name in kwargs and param.kind != 0:
                        raise TypeError('multiple values for argument %r' % param.name) \
                            from None
                    arguments[param.name] = arg_val
        kwargs_param = None
        for param in parameters_ex + tuple(parameters):
            if param.kind == 4:
                kwargs_param = param
                continue
            if param.kind == 2:
                continue
            name = param.name
            try:
                arg_val = kwargs.pop(name)
            except KeyError:
                if (not partial and param.kind != 2 and param.default is _empty):
                    raise TypeError('missing a required argument: %r' % name) from None
            else:
                if param.kind == 0:
                    raise TypeError('%r parameter is positional only, but was passed as a '
                                    'keyword' % param.name)
                arguments[name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError('got an unexpected keyword argument %r' % next(iter(kwargs)))
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return '<%s %s>' % (self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self._parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == 0:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == 2:
                render_kw_only_separator = False
            elif kind == 3 and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '(%s)' % ', '.join(result)
        if self._return_annotation is not _empty:
            rendered += ' -> %s' % formatannotation(self._return_annotation)
        return rendered


def _from_function(func):
    described = getattr(func, '__moult_signature__', None)
    if described is not None:
        params, ret = described
        empty = _sigbind.EMPTY
        return Signature(
            [Parameter(name, kind, default=_empty if default is empty else default,
                       annotation=_empty if annotation is empty else annotation)
             for name, kind, default, annotation in params],
            return_annotation=_empty if ret is empty else ret)
    code = func.__code__
    pos_count = code.co_argcount
    posonly = getattr(code, 'co_posonlyargcount', 0)
    kwonly_count = code.co_kwonlyargcount
    names = code.co_varnames
    annotations = getattr(func, '__annotations__', None) or {}
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = pos_count - len(defaults)
    params = []
    for i in range(pos_count):
        name = names[i]
        kind = 0 if i < posonly else 1
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    index = pos_count + kwonly_count
    if code.co_flags & CO_VARARGS:
        name = names[index]
        params.append(Parameter(name, 2, annotation=annotations.get(name, _empty)))
        index += 1
    for i in range(pos_count, pos_count + kwonly_count):
        name = names[i]
        params.append(Parameter(name, 3, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[index]
        params.append(Parameter(name, 4, annotation=annotations.get(name, _empty)))
    return Signature(params, return_annotation=annotations.get('return', _empty),
                     __validate_parameters__=False)


def _drop_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (3, 4):
        raise ValueError('invalid method signature')
    if params[0].kind == 2:
        return sig
    return sig.replace(parameters=params[1:])


def _from_partial(wrapped_sig, partial):
    bound = wrapped_sig.bind_partial(*partial.args, **partial.keywords)
    new_params = []
    transform_to_kwonly = False
    for name, param in wrapped_sig.parameters.items():
        if name in bound.arguments and param.kind not in (2, 4) and \
                name not in partial.keywords:
            continue
        if param.kind == 2 and name in bound.arguments:
            continue
        if name in partial.keywords:
            if param.kind == 1:
                transform_to_kwonly = True
            param = param.replace(default=partial.keywords[name])
        if transform_to_kwonly and param.kind == 1:
            param = param.replace(kind=3)
        new_params.append(param)
    # Keyword-only parameters must come after the others.
    new_params.sort(key=lambda p: p.kind)
    return wrapped_sig.replace(parameters=new_params)


def _user_method(cls, name):
    for klass in cls.__mro__:
        if klass is object:
            return None
        if name in klass.__dict__:
            return getattr(cls, name)
    return None


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable."""
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        return _drop_first(signature(obj.__func__, follow_wrapped=follow_wrapped))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, types.MethodType):
            return signature(obj)
    sig = getattr(obj, '__signature__', None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
        return sig
    if isfunction(obj):
        return _from_function(obj)
    if isinstance(obj, functools.partial):
        return _from_partial(signature(obj.func), obj)
    if isinstance(obj, type):
        new = _user_method(obj, '__new__')
        init = _user_method(obj, '__init__')
        if new is not None and not isinstance(new, type(object.__new__)):
            return _drop_first(signature(new))
        if init is not None and (isfunction(init) or hasattr(init, '__moult_signature__')):
            return _drop_first(signature(init))
        if new is None and init is None:
            return Signature([])
        raise ValueError('no signature found for builtin type {!r}'.format(obj))
    call = getattr(type(obj), '__call__', None)
    if call is not None and isfunction(call):
        return _drop_first(signature(call))
    raise ValueError('no signature found for builtin {!r}'.format(obj))


FullArgSpec = namedtuple('FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, '
                         'kwonlydefaults, annotations', module='inspect')


def getfullargspec(func):
    sig = signature(func, follow_wrapped=False)
    args, varargs, varkw, defaults = [], None, None, []
    kwonlyargs, kwdefaults, annotations = [], {}, {}
    if sig.return_annotation is not _empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        name = param.name
        if param.annotation is not _empty:
            annotations[name] = param.annotation
        if param.kind in (0, 1):
            args.append(name)
            if param.default is not _empty:
                defaults.append(param.default)
        elif param.kind == 2:
            varargs = name
        elif param.kind == 3:
            kwonlyargs.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        else:
            varkw = name
    return FullArgSpec(args, varargs, varkw, tuple(defaults) or None, kwonlyargs,
                       kwdefaults or None, annotations)
