# Every method of the builtin containers and numbers called with too few,
# too many and keyword arguments: CPython's TypeError texts.
objects = [
    ([3, 1, 2], ['append', 'clear', 'copy', 'count', 'extend', 'index', 'insert', 'pop', 'remove', 'reverse', 'sort']),
    ((3, 1, 2), ['count', 'index']),
    ({1: "a", 2: "b"}, ['clear', 'copy', 'fromkeys', 'get', 'items', 'keys', 'pop', 'popitem', 'setdefault', 'update', 'values']),
    ({1, 2}, ['add', 'clear', 'copy', 'difference', 'difference_update', 'discard', 'intersection', 'intersection_update', 'isdisjoint', 'issubset', 'issuperset', 'pop', 'remove', 'symmetric_difference', 'symmetric_difference_update', 'union', 'update']),
    (frozenset({1, 2}), ['copy', 'difference', 'intersection', 'isdisjoint', 'issubset', 'issuperset', 'symmetric_difference', 'union']),
    (range(1, 7, 2), ['count', 'index', 'start', 'step', 'stop']),
    (12, ['as_integer_ratio', 'bit_count', 'bit_length', 'conjugate', 'denominator', 'imag', 'numerator', 'real']),
    (2.5, ['as_integer_ratio', 'conjugate', 'fromhex', 'hex', 'imag', 'is_integer', 'real']),
]
VARARGS_SET_METHODS = {"union", "intersection", "difference", "update",
                       "difference_update", "intersection_update"}
calls = [((), {}), ((1, 2, 3), {}), ((), {"x": 1}), ((1,), {"key": len})]
for obj, names in objects:
    for name in names:
        for args, kwargs in calls:
            # Through **kwargs CPython words these few differently.
            if kwargs and name in VARARGS_SET_METHODS and isinstance(obj, (set, frozenset)):
                continue
            target = obj.copy() if hasattr(obj, "copy") else obj
            try:
                result = getattr(target, name)(*args, **kwargs)
                shown = sorted(result, key=repr) if isinstance(result, (set, frozenset)) else result
                print(type(obj).__name__, name, len(args), list(kwargs), "->", shown)
            except (TypeError, ValueError, KeyError, IndexError) as e:
                print(type(obj).__name__, name, len(args), list(kwargs), type(e).__name__, e)
for call in (lambda: {1}.union(x=1), lambda: frozenset().difference(key=len),
             lambda: {1}.update(x=1), lambda: {1}.intersection_update(x=1)):
    try:
        call()
    except TypeError as e:
        print(e)
