class _EnumDict(dict):
    def __init__(self):
        super().__init__()
        self._member_names = []
    def __setitem__(self, key, value):
        if not key.startswith("_") and not callable(value) and not isinstance(value, property):
            self._member_names.append(key)
        super().__setitem__(key, value)
class EnumMeta(type):
    @classmethod
    def __prepare__(metacls, cls, bases, **kw):
        return _EnumDict()
    def __new__(metacls, cls, bases, classdict, **kw):
        names = list(classdict._member_names)
        plain = {k: v for k, v in classdict.items() if k not in names}
        enum_class = super().__new__(metacls, cls, bases, plain, **kw)
        enum_class._member_map_ = {}
        for name in names:
            value = classdict[name]
            member = object.__new__(enum_class)
            member._name_ = name
            member._value_ = value
            enum_class._member_map_[name] = member
            setattr(enum_class, name, member)
        return enum_class
    def __iter__(cls):
        return iter(cls._member_map_.values())
    def __len__(cls):
        return len(cls._member_map_)
    def __contains__(cls, m):
        return isinstance(m, cls) and m._name_ in cls._member_map_
    def __getitem__(cls, name):
        return cls._member_map_[name]
    def __call__(cls, value):
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
    def __repr__(cls):
        return f"<enum {cls.__name__!r}>"
class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"
    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"
    @property
    def name(self): return self._name_
    @property
    def value(self): return self._value_
class Color(Enum):
    RED = 1
    GREEN = 2
    def describe(self): return self.name.lower()
print(Color.RED, repr(Color.GREEN), Color(2), Color["RED"], len(Color), list(Color))
print(Color.RED in Color, Color.RED.describe(), Color.RED is Color(1), Color, isinstance(Color.RED, Color))
try:
    Color(5)
except ValueError as e:
    print(e)
print({Color.RED: "r"}[Color.RED], Color.RED == Color.RED, Color.RED != Color.GREEN)
