# Builtin functions and number/container constructors called with wrong
# arguments: CPython's messages, checked in CPython's order.
funcs = [abs, all, any, ascii, bin, callable, chr, divmod, enumerate, filter, format, hex,
         isinstance, issubclass, len, map, max, min, next, oct, ord, pow, range, repr,
         reversed, round, sorted, sum, zip, int, float, bool, list, tuple, dict, slice]
calls = [((), {}), ((1,), {}), ((1, 2), {}), ((1, 2, 3), {}), ((1, 2, 3, 4), {}),
         (([3, 1],), {}), (([3, 1], 2), {}), (("ab",), {}), ((None,), {}),
         (([],), {"default": 5}), (([2, 1],), {"key": abs}), ((), {"x": 1}), ((-2.5,), {}),
         (([1, 2], [3]), {}), ((int, "a"), {}), (("ab",), {"start": 1})]
for f in funcs:
    for args, kwargs in calls:
        try:
            r = f(*args, **kwargs)
            if type(r).__name__ in ("map", "zip", "filter", "enumerate", "reversed", "list_reverseiterator"):
                r = list(r)
            print(f.__name__, args, kwargs, "->", repr(r))
        except Exception as e:
            print(f.__name__, args, kwargs, type(e).__name__, e)
print(pow(base=2, exp=3), pow(2, exp=5, mod=3), round(number=2.675, ndigits=2), sum([1], start=2))
for call in (lambda: pow(2, 3, base=1), lambda: sum([1], 2, start=3), lambda: round(1.5, number=2)):
    try:
        call()
    except TypeError as e:
        print(e)
