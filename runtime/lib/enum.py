"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique, with Python
3.11's reprs (<Color.RED: 1>), lookups (Color(1), Color['RED']) and error messages."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'member', 'nonmember', 'FlagBoundary', 'STRICT',
           'CONFORM', 'EJECT', 'KEEP']

_builtin_property = property


class _MembersView(dict):
    """What Enum.__members__ returns: a read-only name -> member mapping."""

    def __repr__(self):
        return 'mappingproxy(%s)' % dict.__repr__(self)

    def __str__(self):
        return dict.__repr__(self)

    def _readonly(self, *args, **kwargs):
        raise TypeError("'mappingproxy' object does not support item assignment")

    __setitem__ = __delitem__ = update = pop = popitem = clear = setdefault = _readonly


class auto:
    """A placeholder value: the enum computes it with _generate_next_value_."""

    def __init__(self, value=None):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Forces a value (a function, say) to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps a value from becoming a member."""

    def __init__(self, value):
        self.value = value


class FlagBoundary:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return '<FlagBoundary.%s: %r>' % (self.name.upper(), self.name)


STRICT = FlagBoundary('strict')
CONFORM = FlagBoundary('conform')
EJECT = FlagBoundary('eject')
KEEP = FlagBoundary('keep')


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' \
        and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' \
        and name[-2] != '_'


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_private(cls_name, name):
    prefix = '_%s__' % cls_name.lstrip('_')
    return name.startswith(prefix) and not name.endswith('__')


class _EnumDict(dict):
    """The class-body namespace of an enum: it records which names are members."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._generate_next_value = None
        self._cls_name = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in ('_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
                           '_ignore_', '_iter_member_', '_iter_member_by_value_',
                           '_iter_member_by_def_', '_add_alias_', '_add_value_alias_'):
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                                 % key)
            if key == '_generate_next_value_':
                if isinstance(value, staticmethod):
                    self._generate_next_value = value.__func__
                else:
                    self._generate_next_value = value
            elif key == '_ignore_':
                names = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
                self._ignore = names
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) and not isinstance(value, member):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is None:
                    value.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            self._member_names[key] = None
            self._last_values.append(value)
        dict.__setitem__(self, key, value)

    def update(self, other=(), **kwds):
        items = other.items() if hasattr(other, 'items') else other
        for key, value in items:
            self[key] = value
        for key, value in kwds.items():
            self[key] = value


# Enum, ReprEnum and Flag are None until their own classes exist.
Enum = ReprEnum = Flag = None


def _find_data_type(bases):
    """The non-enum base (int, str, ...) whose values the members are, or object."""
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if '__new__' in base.__dict__ or '__init__' in base.__dict__ \
                    or base in (int, str, float, tuple, bytes, complex):
                return base
    return object


def _find_first_enum(bases):
    for base in reversed(bases):
        if isinstance(base, EnumType):
            return base
    return Enum


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        classdict = _EnumDict()
        classdict._cls_name = cls
        first_enum = _find_first_enum(bases) if bases else None
        if first_enum is not None:
            classdict._generate_next_value = getattr(first_enum, '_generate_next_value_', None)
        return classdict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if not isinstance(classdict, _EnumDict):
            converted = _EnumDict()
            converted._cls_name = cls
            converted.update(classdict)
            classdict = converted
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('%r cannot extend %r' % (_Placeholder(cls), base))
        member_names = list(classdict._member_names)
        members = {name: classdict[name] for name in member_names}
        body = {k: v for k, v in classdict.items() if k not in classdict._member_names}
        body.pop('_order_', None)
        member_type = _find_data_type(bases) if bases else object
        first_enum = _find_first_enum(bases) if bases else None

        # A __new__ written in the body (or inherited) creates members; the class then
        # gets Enum.__new__, which looks members up by value.
        custom_new = body.get('__new__')
        if isinstance(custom_new, staticmethod):
            custom_new = custom_new.__func__
        if custom_new is None:
            for base in bases:
                for klass in base.__mro__:
                    found = klass.__dict__.get('__new_member__')
                    if found is not None:
                        custom_new = found
                        break
                if custom_new is not None:
                    break
        use_args = True
        new_member = custom_new
        if new_member is None:
            if member_type is object:
                use_args = False
                new_member = object.__new__
            else:
                new_member = member_type.__new__

        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        body['_new_member_'] = new_member
        body['_use_args_'] = use_args
        if boundary is not None:
            body['_boundary_'] = boundary
        if 'name' in members or 'value' in members:
            pass
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)

        if Enum is not None:
            if custom_new is not None:
                type.__setattr__(enum_class, '__new_member__', custom_new)
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
        # The data type's repr, str and format come before Enum's in the MRO of a
        # mixed enum (class N(int, Enum)): Enum's are put back unless the body has its own.
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in body:
                    continue
                found = getattr(enum_class, name)
                if found is getattr(member_type, name) or found is getattr(object, name):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
        if Flag is not None and issubclass(enum_class, Flag) and Flag in enum_class.__mro__[1:]:
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                         '__invert__'):
                if name not in body:
                    type.__setattr__(enum_class, name, Flag.__dict__[name])
        if ReprEnum is not None and member_type is not object and issubclass(enum_class, ReprEnum):
            if '__format__' not in body:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
            if '__str__' not in body:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)

        is_flag = Flag is not None and issubclass(enum_class, Flag)
        flag_mask = 0
        for index, name in enumerate(member_names):
            value = members[name]
            enum_member = enum_class._create_member_(name, value, index)
            canonical = enum_member._name_ == name
            if canonical:
                if is_flag and isinstance(enum_member._value_, int):
                    v = enum_member._value_
                    if v and v & (v - 1) == 0:
                        enum_class._member_names_.append(name)
                        flag_mask |= v
                    elif v:
                        flag_mask |= v
                else:
                    enum_class._member_names_.append(name)
            type.__setattr__(enum_class, name, enum_member)
            enum_class._member_map_[name] = enum_member
        if is_flag:
            type.__setattr__(enum_class, '_flag_mask_', flag_mask)
            type.__setattr__(enum_class, '_all_bits_', flag_mask)
        return enum_class

    def _create_member_(cls, name, value, index):
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is tuple:
            args = (args,)
        if not cls._use_args_:
            enum_member = cls._new_member_(cls)
        else:
            enum_member = cls._new_member_(cls, *args)
        if not hasattr(enum_member, '_value_'):
            if cls._member_type_ is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = cls._member_type_(*args)
                except Exception:
                    enum_member._value_ = value
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        enum_member.__init__(*args)
        enum_member._sort_order_ = index
        # A value seen before makes this name an alias of the first member.
        try:
            existing = cls._value2member_map_.get(value)
        except TypeError:
            existing = None
            for other in cls._member_map_.values():
                if other._value_ == value:
                    existing = other
                    break
        if existing is None:
            for other in cls._member_map_.values():
                if other._value_ == value:
                    existing = other
                    break
        if existing is not None:
            return existing
        try:
            cls._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            cls._unhashable_values_.append(value)
        return enum_member

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last = names, [], []
            for count, name in enumerate(original):
                value = classdict._generate_next_value(name, start, count, last[:])
                last.append(value)
                names.append((name, value))
        items = names.items() if hasattr(names, 'items') else names
        for item in items:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            classdict[name] = value
        enum_class = metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)
        enum_class.__module__ = '__main__' if module is None else module
        if qualname is not None:
            enum_class.__qualname__ = qualname
        return enum_class

    def __contains__(cls, obj):
        if not isinstance(obj, Enum):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (obj.__class__.__qualname__, cls.__class__.__qualname__))
        return isinstance(obj, cls) and obj._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        return _MembersView(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


class _Placeholder:
    # Shows a class name as an enum repr before the class exists.
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return '<enum %r>' % self.name


class _MemberAttribute:
    """name and value: read-only on members, and never hiding a member called so."""

    def __init__(self, attr):
        self.attr = attr

    def __get__(self, instance, owner=None):
        if instance is None:
            member = owner._member_map_.get(self.attr) if owner is not None else None
            if member is not None:
                return member
            raise AttributeError('%r has no attribute %r' % (owner, self.attr))
        return getattr(instance, '_%s_' % self.attr)

    def __set__(self, instance, value):
        raise AttributeError("<enum 'Enum'> cannot set attribute %r" % self.attr)

    def __delete__(self, instance):
        raise AttributeError("<enum 'Enum'> cannot delete attribute %r" % self.attr)


class Enum(metaclass=EnumType):
    """Base class of enumerations: members are the class attributes of its body."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for found in cls._member_map_.values():
                if found._value_ == value:
                    return found
        error = None
        try:
            result = cls._missing_(value)
        except Exception as exc:
            error = exc
            result = None
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag) and isinstance(result, int)
                and _inherited_boundary(cls) is EJECT):
            return result
        not_valid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None and error is None:
            raise not_valid
        if error is None:
            error = TypeError('error in %s._missing_: returned %r instead of None or a valid '
                              'member' % (cls.__name__, result))
        if not isinstance(error, ValueError):
            error.__context__ = not_valid
        raise error

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = sorted(last_values)[-1]
        except TypeError:
            last = last_values[-1]
        try:
            return last + 1
        except TypeError:
            raise TypeError('unable to increment %r' % (last,)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value_repr = self.__class__.__dict__.get('_value_repr_') or _value_repr(self)
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, value_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'}
        for cls in self.__class__.__mro__:
            if cls in (Enum, object) or cls is ReprEnum or cls is Flag:
                continue
            for name, value in cls.__dict__.items():
                if not name.startswith('_') and name not in cls._member_map_:
                    names.add(name)
        names.update(k for k in getattr(self, '__dict__', {}) if not k.startswith('_'))
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    name = _MemberAttribute('name')
    value = _MemberAttribute('value')


def _value_repr(member):
    member_type = member.__class__._member_type_
    if member_type is object:
        return repr
    method = member_type.__repr__
    return lambda v: method(v)


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its data type (int, str)."""


class IntEnum(int, ReprEnum):
    """An enum whose members are also ints."""


class StrEnum(str, ReprEnum):
    """An enum whose members are also strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _bits(value):
    """The powers of two in value, lowest first."""
    while value:
        low = value & -value
        yield low
        value ^= low


class Flag(Enum, boundary=STRICT):
    """An enum whose members combine with |, & and ^ into compound flags."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        if not isinstance(last, int):
            raise TypeError('invalid flag value %r' % (last,))
        return 2 ** last.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        mask = cls._flag_mask_
        boundary = cls.__dict__.get('_boundary_') or _inherited_boundary(cls)
        if value < 0:
            value = value & mask if boundary is not KEEP else value
            if value < 0:
                value = mask + 1 + value
        unknown = value & ~mask
        if unknown:
            if boundary is STRICT:
                width = max(mask.bit_length(), value.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _bin(value, width), _bin(mask, width)))
            if boundary is CONFORM:
                value &= mask
                unknown = 0
            elif boundary is EJECT:
                return value
        member_type = cls._member_type_
        if member_type is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = member_type.__new__(cls, value)
        pseudo._value_ = value
        known = value & mask
        names = [m._name_ for m in cls._iter_bits(known)]
        if unknown:
            names.append(hex(unknown) if False else str(unknown))
        pseudo._name_ = '|'.join(names) if names else None
        try:
            return cls._value2member_map_.setdefault(value, pseudo)
        except TypeError:
            return pseudo

    @classmethod
    def _iter_bits(cls, value):
        members = []
        for bit in _bits(value):
            member = cls._value2member_map_.get(bit)
            if member is not None:
                members.append(member)
        # Members defined out of value order come out in definition order.
        values = [cls._member_map_[n]._value_ for n in cls._member_names_]
        if values != sorted(values):
            members.sort(key=lambda m: m._sort_order_)
        return iter(members)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(list(self.__class__._iter_bits(self._value_)))

    def __len__(self):
        return bin(self._value_).count('1')

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        value_repr = _value_repr(self)
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, value_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, value_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ (self._value_ & self._flag_mask_))


def _inherited_boundary(cls):
    for klass in cls.__mro__:
        boundary = klass.__dict__.get('_boundary_')
        if boundary is not None:
            return boundary
    return STRICT


def _bin(value, width):
    digits = bin(value)[2:].rjust(width, '0')
    return '0b0 ' + digits


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are also ints."""


def unique(enumeration):
    """Class decorator refusing aliases (two names for one value)."""
    duplicates = []
    for name, found in enumeration.__members__.items():
        if name != found._name_:
            duplicates.append((name, found._name_))
    if duplicates:
        details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration
