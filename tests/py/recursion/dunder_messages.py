# The exact RecursionError messages of recursion through dunder methods
# (which guard trips first depends on how levels are counted, as in CPython).

import _dunder_cases


def check(name, f):
    try:
        f()
        print(name, "no error")
    except RecursionError as e:
        print(name, "RecursionError:", e)


_dunder_cases.run(check)
