"""Shallow and deep copies: copy(x) and deepcopy(x[, memo]).

Classes control copying with __copy__ / __deepcopy__(memo), __reduce_ex__ / __reduce__,
or __getstate__ / __setstate__; otherwise an instance's __dict__ and slots are copied.
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error


def _atomic_types():
    # Immutable (or identity-only) types: copying returns the object itself.
    makers = [lambda: type(None), lambda: int, lambda: float, lambda: bool, lambda: complex,
              lambda: str, lambda: bytes, lambda: type, lambda: range, lambda: slice,
              lambda: type(Ellipsis), lambda: type(NotImplemented), lambda: property,
              lambda: type(len), lambda: type(_atomic_types)]
    kinds = []
    for make in makers:
        try:
            kinds.append(make())
        except Exception:
            pass
    return frozenset(kinds)


_ATOMIC = _atomic_types()


def _own_reductor(cls):
    """The __reduce_ex__ or __reduce__ a class defines itself (not object's), or None."""
    for base in cls.__mro__:
        if base is object:
            return None
        for name in ('__reduce_ex__', '__reduce__'):
            if name in base.__dict__:
                return name
    return None


def _slot_names(cls):
    names = []
    for base in cls.__mro__:
        slots = base.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (base.__name__.lstrip('_'), name)
            names.append(name)
    return names


def _state_of(x):
    getstate = getattr(type(x), '__getstate__', None)
    if getstate is not None and getstate is not getattr(object, '__getstate__', None):
        return True, getstate(x)
    state = getattr(x, '__dict__', None)
    slots = {}
    for name in _slot_names(type(x)):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return False, (state or None, slots)
    return False, state or None


def _set_state(y, state, custom):
    if state is None:
        return
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _new_args(x, deep, memo):
    """The arguments cls.__new__ needs to recreate x (a subclass of tuple, int, ...)."""
    getnewargs = getattr(x, '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs()
    else:
        args = ()
        for base in (tuple, frozenset, int, float, complex, str, bytes):
            if isinstance(x, base):
                args = (base(x),)
                break
    if deep and args:
        args = deepcopy(args, memo)
    return args


# Builtin types whose state CPython's default reduce cannot capture.
_UNPICKLABLE = frozenset(['generator', 'coroutine', 'async_generator', 'module', 'frame',
                          'traceback', 'cell'])


def _instance_copy(x, deep, memo):
    """Copies an instance that defines no copy or reduce hooks of its own."""
    cls = type(x)
    if cls.__name__ in _UNPICKLABLE and cls.__module__ == 'builtins':
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    y = cls.__new__(cls, *_new_args(x, deep, memo))
    if deep:
        memo[id(x)] = y
    custom, state = _state_of(x)
    if deep and state is not None:
        state = deepcopy(state, memo)
    if isinstance(x, list):
        y.extend(deepcopy(v, memo) if deep else v for v in x)
    elif isinstance(x, dict):
        for k, v in x.items():
            if deep:
                y[deepcopy(k, memo)] = deepcopy(v, memo)
            else:
                y[k] = v
    elif isinstance(x, set):
        y.update(deepcopy(v, memo) if deep else v for v in x)
    _set_state(y, state, custom)
    return y


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *ignored):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state, False)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
            else:
                y[key] = value
    return y


def _reduce(x, name):
    if name == '__reduce_ex__':
        return x.__reduce_ex__(4)
    return x.__reduce__()


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _ATOMIC or cls in (tuple, frozenset) or issubclass(cls, type):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is bytearray:
        return bytearray(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    name = _own_reductor(cls)
    if name is not None:
        rv = _reduce(x, name)
        if isinstance(rv, str):
            return x
        return _reconstruct(x, None, *rv)
    return _instance_copy(x, False, None)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id(original) to its copy for shared and cyclic parts."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A tuple may have been copied already through a cycle inside it.
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(items, x)):
            y = x
        else:
            y = tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(item, memo) for item in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            name = _own_reductor(cls)
            if name is not None:
                rv = _reduce(x, name)
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)
            else:
                y = _instance_copy(x, True, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # The originals must outlive the memo, or a new object could reuse an id in it.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
