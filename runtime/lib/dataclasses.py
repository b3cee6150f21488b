"""The @dataclass decorator: __init__, __repr__, __eq__, ordering, frozen instances and
__hash__ generated from a class's annotated fields, plus fields/asdict/astuple/replace.

The generated methods are closures over the field list (no exec): __init__ takes
(*args, **kwargs) and binds them with the messages a written-out __init__ would give.
"""

import sys
import copy
import abc
from _sigbind import bind as _bind, EMPTY as _EMPTY

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FieldKind:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')


class _ReadOnlyDict(dict):
    """Field.metadata: a read-only view of the mapping given to field()."""

    def __repr__(self):
        return 'mappingproxy(%s)' % dict.__repr__(self)

    def __str__(self):
        return dict.__repr__(self)

    def _readonly(self, *args, **kwargs):
        raise TypeError("'mappingproxy' object does not support item assignment")

    __setitem__ = __delitem__ = update = pop = popitem = clear = setdefault = _readonly


_EMPTY_METADATA = _ReadOnlyDict()


def _type_name(tp):
    # How inspect shows an annotation in a signature.
    if isinstance(tp, type) and not hasattr(tp, '__origin__'):
        if tp.__module__ == 'builtins':
            return tp.__qualname__
        return '%s.%s' % (tp.__module__, tp.__qualname__)
    if getattr(tp, '__module__', None) == 'typing':
        return repr(tp).replace('typing.', '')
    return repr(tp)


class InitVar:
    """InitVar[T] annotates a pseudo-field passed to __init__ and __post_init__ only."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        return 'dataclasses.InitVar[%s]' % _type_name(self.type)

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field of a dataclass, as field() describes it."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else _ReadOnlyDict(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,'
                'hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)'
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                   self._field_type))

    def __set_name__(self, owner, name):
        # A descriptor used as a default still learns its name.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)

    def __class_getitem__(cls, item):
        return cls


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describes a field: a default or default_factory, and what methods include it."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def _is_classvar(a_type):
    typing = sys.modules.get('typing')
    if typing is not None:
        classvar = getattr(typing, 'ClassVar', None)
        if classvar is not None and (a_type is classvar
                                     or getattr(a_type, '__origin__', None) is classvar):
            return True
    if isinstance(a_type, str):
        return a_type.startswith(('ClassVar', 'typing.ClassVar', 't.ClassVar'))
    return False


def _is_initvar(a_type):
    if a_type is InitVar or type(a_type) is InitVar:
        return True
    if isinstance(a_type, str):
        return a_type.startswith(('InitVar', 'dataclasses.InitVar'))
    return False


def _is_kw_only(a_type):
    if a_type is KW_ONLY:
        return True
    return isinstance(a_type, str) and a_type in ('KW_ONLY', 'dataclasses.KW_ONLY')


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if type(default).__name__ == 'member_descriptor':
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError('field %s cannot have a default factory' % f.name)
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError('field %s is a ClassVar but specifies kw_only' % f.name)
    if f._field_type is _FIELD and type(f.default).__hash__ is None:
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), f.name))
    return f


def _set_new_attribute(cls, name, value):
    """Sets cls.name unless the class body defined it; True when it was already there."""
    if name in cls.__dict__:
        return True
    if callable(value) and hasattr(value, '__qualname__'):
        try:
            value.__qualname__ = '%s.%s' % (cls.__qualname__, name)
            value.__name__ = name
        except (AttributeError, TypeError):
            pass
    setattr(cls, name, value)
    return False


# Which objects are being repr'd, so that a dataclass containing itself prints '...'.
_repr_running = set()


def _make_init(cls, all_fields, frozen, has_post_init):
    qualname = '%s.__init__' % cls.__qualname__
    init_fields = [f for f in all_fields if f.init and f._field_type is not _FIELD_CLASSVAR]
    positional = tuple(f.name for f in init_fields if not f.kw_only)
    kwonly = tuple(f.name for f in init_fields if f.kw_only)
    optional = frozenset(f.name for f in init_fields
                         if f.default is not MISSING or f.default_factory is not MISSING)
    seen_default = None
    for f in init_fields:
        if f.kw_only:
            continue
        if f.name in optional:
            seen_default = f
        elif seen_default is not None:
            raise TypeError('non-default argument %r follows default argument' % f.name)
    steps = [f for f in all_fields if f._field_type is not _FIELD_CLASSVAR]
    params = [('self', 1, _EMPTY, _EMPTY)]
    for f in [f for f in init_fields if not f.kw_only] + [f for f in init_fields if f.kw_only]:
        if f.default_factory is not MISSING:
            default = _HAS_DEFAULT_FACTORY
        elif f.default is not MISSING:
            default = f.default
        else:
            default = _EMPTY
        params.append((f.name, 3 if f.kw_only else 1, default, f.type))

    def __init__(self, *args, **kwargs):
        bound = _bind(qualname, positional, optional, kwonly, args, kwargs)
        initvars = []
        for f in steps:
            if f.init:
                if f.name in bound:
                    value = bound[f.name]
                elif f.default_factory is not MISSING:
                    value = f.default_factory()
                else:
                    value = f.default
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                continue
            if f._field_type is _FIELD_INITVAR:
                initvars.append(value)
            elif frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            self.__post_init__(*initvars)
    __init__.__moult_signature__ = (params, None)
    return __init__


def _signature_text(cls, all_fields):
    params = []
    star_done = False
    init_fields = [f for f in all_fields if f.init and f._field_type is not _FIELD_CLASSVAR]
    ordered = ([f for f in init_fields if not f.kw_only]
               + [f for f in init_fields if f.kw_only])
    for f in ordered:
        if f.kw_only and not star_done:
            params.append('*')
            star_done = True
        text = '%s: %s' % (f.name, _type_name(f.type))
        if f.default_factory is not MISSING:
            text += ' = <factory>'
        elif f.default is not MISSING:
            text += ' = %r' % (f.default,)
        params.append(text)
    return '%s(%s)' % (cls.__name__, ', '.join(params))


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    fields = {}
    if cls.__module__ in sys.modules:
        globals_ = sys.modules[cls.__module__].__dict__
    else:
        globals_ = {}
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)

    any_frozen_base = False
    has_dataclass_bases = False
    all_frozen_bases = None
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, '__dataclass_fields__', None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if all_frozen_bases is None:
                all_frozen_bases = True
            base_frozen = getattr(b, '__dataclass_params__').frozen
            all_frozen_bases = all_frozen_bases and base_frozen
            any_frozen_base = any_frozen_base or base_frozen

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_now = kw_only
    kw_only_seen = False
    for name, a_type in cls_annotations.items():
        if _is_kw_only(a_type):
            if kw_only_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified'
                                % name)
            kw_only_seen = True
            kw_only_now = True
            continue
        cls_fields.append(_get_field(cls, name, a_type, kw_only_now))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError('%r is a field but has no type annotation' % name)

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if all_frozen_bases is False and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    cls.__dataclass_fields__ = fields
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_fields = list(fields.values())
    std_fields = [f for f in all_fields if f._field_type is _FIELD]

    if init:
        has_post_init = hasattr(cls, '__post_init__')
        _set_new_attribute(cls, '__init__',
                           _make_init(cls, all_fields, frozen, has_post_init))

    if repr:
        shown = [f.name for f in std_fields if f.repr]

        def __repr__(self):
            key = id(self)
            if key in _repr_running:
                return '...'
            _repr_running.add(key)
            try:
                return '%s(%s)' % (self.__class__.__qualname__, ', '.join(
                    '%s=%r' % (name, getattr(self, name)) for name in shown))
            finally:
                _repr_running.discard(key)
        # pprint shows an instance field by field only with this generated __repr__.
        __repr__._dataclass_generated = True
        _set_new_attribute(cls, '__repr__', __repr__)

    compared = [f.name for f in std_fields if f.compare]

    def as_tuple(obj):
        return tuple(getattr(obj, name) for name in compared)

    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return as_tuple(self) == as_tuple(other)
            return NotImplemented
        _set_new_attribute(cls, '__eq__', __eq__)

    if order:
        def make(name, test):
            def method(self, other):
                if other.__class__ is self.__class__:
                    return test(as_tuple(self), as_tuple(other))
                return NotImplemented
            return method
        for name, test in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                           ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if _set_new_attribute(cls, name, make(name, test)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))

    if frozen:
        names = frozenset(f.name for f in std_fields)

        def __setattr__(self, name, value):
            if type(self) is cls or name in names:
                raise FrozenInstanceError('cannot assign to field %r' % name)
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in names:
                raise FrozenInstanceError('cannot delete field %r' % name)
            super(cls, self).__delattr__(name)
        for name, method in (('__setattr__', __setattr__), ('__delattr__', __delattr__)):
            if _set_new_attribute(cls, name, method):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (name, cls.__name__))

    hashed = [f.name for f in std_fields if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(tuple(getattr(self, name) for name in hashed))

    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        cls.__hash__ = __hash__
    elif eq and frozen:
        if not has_explicit_hash:
            __hash__.__qualname__ = '%s.__hash__' % cls.__qualname__
            cls.__hash__ = __hash__
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        cls.__doc__ = _signature_text(cls, all_fields)

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in all_fields
                                 if f.init and f._field_type is not _FIELD_CLASSVAR
                                 and not f.kw_only))

    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    abc.update_abstractmethods(cls)
    return cls


def _add_slots(cls, is_frozen, weakref_slot):
    # __slots__ must exist when the class is made, so the class is made again.
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        slots = base.__dict__.get('__slots__', ())
        inherited.update((slots,) if isinstance(slots, str) else slots)
    cls_dict['__slots__'] = tuple(n for n in field_names if n not in inherited) + (
        ('__weakref__',) if weakref_slot else ())
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds the generated methods to cls; usable as @dataclass or @dataclass(...)."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass (or of an instance), ClassVars and InitVars left out."""
    try:
        fields = getattr(class_or_instance, '__dataclass_fields__')
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _convert(obj, make_dict, make_tuple):
    if _is_dataclass_instance(obj):
        if make_dict is not None:
            return make_dict([(f.name, _convert(getattr(obj, f.name), make_dict, make_tuple))
                              for f in fields(obj)])
        return make_tuple([_convert(getattr(obj, f.name), make_dict, make_tuple)
                           for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, make_dict, make_tuple) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, make_dict, make_tuple) for v in obj)
    if isinstance(obj, dict):
        if hasattr(type(obj), 'default_factory'):
            result = type(obj)(getattr(obj, 'default_factory'))
            for k, v in obj.items():
                result[_convert(k, make_dict, make_tuple)] = _convert(v, make_dict, make_tuple)
            return result
        return type(obj)((_convert(k, make_dict, make_tuple), _convert(v, make_dict, make_tuple))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, converting nested ones too."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, dict_factory, None)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, converting nested ones too."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, None, tuple_factory)


def replace(obj, /, **changes):
    """A new instance like obj with some fields changed (through __init__)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, '__dataclass_fields__').values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be '
                                 'specified with replace()' % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with replace()' % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    """Creates a dataclass from a list of names, (name, type) or (name, type, Field)."""
    namespace = {} if namespace is None else dict(namespace)
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp
    namespace.update(defaults)
    namespace['__annotations__'] = annotations
    cls = type(cls_name, bases, namespace)
    cls.__module__ = '__main__' if module is None else module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
