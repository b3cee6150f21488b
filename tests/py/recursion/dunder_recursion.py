# Unbounded recursion through dunder methods called from native code raises
# RecursionError; only the type and that the message starts right is printed.

import _dunder_cases


def check(name, f):
    try:
        f()
        print(name, "no error")
    except RecursionError as e:
        print(name, "RecursionError", str(e).startswith("maximum recursion depth exceeded"))


_dunder_cases.run(check)
