# An uncaught error raised by a callback that a C module of CPython calls
# (functools.reduce here): no frame of the library shows in the traceback.
import functools
import heapq
import itertools
from collections import deque


def safe(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


print(safe(functools.reduce, lambda a, b: a + b, []))
print(safe(heapq.heappop, []))
print(safe(deque().pop), safe(deque().popleft), safe(deque([1]).remove, 2))
print(safe(lambda: list(itertools.accumulate([1, 'a']))))
print(safe(lambda: next(itertools.islice('abc', -1))))


def ratio(a, b):
    return a / b


def chain_ratios(values):
    return functools.reduce(ratio, values)


print(chain_ratios([100, 2, 5]))
print(chain_ratios([1, 2, 0]))
