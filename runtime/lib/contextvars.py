"""Context variables: ContextVar (get/set/reset), Token, Context and copy_context.
One thread and no task switching of contexts here: a single current Context."""

__all__ = ['Context', 'ContextVar', 'Token', 'copy_context']

_MISSING = object()


class Context:
    """A mapping of ContextVar to value."""

    def __init__(self):
        self._data = {}

    def run(self, callable, *args, **kwargs):
        global _current
        previous = _current
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = previous

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def __getitem__(self, var):
        return self._data[var]

    def get(self, var, default=None):
        return self._data.get(var, default)

    def __contains__(self, var):
        return var in self._data

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()


_current = Context()


def copy_context():
    return _current.copy()


class Token:
    MISSING = _MISSING

    def __init__(self, context, var, old_value):
        self._context = context
        self._var = var
        self._old_value = old_value
        self._used = False

    var = property(lambda self: self._var)
    old_value = property(lambda self: self._old_value)

    def __repr__(self):
        return '<Token%s var=%r at %#x>' % (' used' if self._used else '', self._var, id(self))


class ContextVar:
    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    name = property(lambda self: self._name)

    def get(self, *args):
        value = _current._data.get(self, _MISSING)
        if value is not _MISSING:
            return value
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        old = _current._data.get(self, _MISSING)
        _current._data[self] = value
        return Token(_current, self, old)

    def reset(self, token):
        if token._used:
            raise RuntimeError('%r has already been used once' % (token,))
        if token._var is not self:
            raise ValueError('%r was created by a different ContextVar' % (token,))
        if token._context is not _current:
            raise ValueError('%r was created in a different Context' % (token,))
        if token._old_value is _MISSING:
            _current._data.pop(self, None)
        else:
            _current._data[self] = token._old_value
        token._used = True

    def __repr__(self):
        default = ''
        if self._default is not _MISSING:
            default = ' default=%r' % (self._default,)
        return '<ContextVar name=%r%s at %#x>' % (self._name, default, id(self))

    def __hash__(self):
        return object.__hash__(self)

    def __class_getitem__(cls, item):
        return cls
