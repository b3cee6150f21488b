# deque iterators, namedtuple fields, struct sequences, copying unpicklables.
import copy
import sys
import time
from collections import deque, namedtuple


def check(label, f):
    try:
        print(label, 'ok', f())
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque([1, 2, 3], maxlen=5)
r = reversed(d)
i = iter(d)
print(type(r).__name__, type(i).__name__, list(r), list(i), list(reversed(deque())))
print(next(iter(d)), next(reversed(d)), list(reversed(deque('abc'))), sorted(reversed(d)))
it = iter(d)
print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
it = iter(d)
next(it)
d.appendleft(0)
check('mutated', lambda: next(it))
it = reversed(d)
d.rotate(1)
check('mutated reversed', lambda: next(it))
print(d, list(zip(d, reversed(d))), [x * 2 for x in reversed(d)])

P = namedtuple('P', 'x y', defaults=[0])
p = P(1)
check('set field', lambda: setattr(p, 'x', 3))
check('del field', lambda: delattr(p, 'x'))
check('set other', lambda: setattr(p, 'z', 3))
print(p, p.x, P.x.__doc__, p._replace(y=4), P._make([5, 6]))

st = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(st, st.tm_year, st[0], len(st), st[:3], st.tm_mday)
check('struct_time new attr', lambda: setattr(st, 'foo', 1))
check('struct_time field', lambda: setattr(st, 'tm_year', 1))
check('struct_time del', lambda: delattr(st, 'tm_year'))
check('struct_time short', lambda: time.struct_time((1, 2)))
check('version_info field', lambda: setattr(sys.version_info, 'major', 4))
check('version_info other', lambda: setattr(sys.version_info, 'foo', 4))
check('float_info field', lambda: setattr(sys.float_info, 'max', 1.0))
print(sys.version_info[:1], sys.float_info.dig, type(sys.version_info).__name__)


def gen():
    yield 1


for label, mk in [('generator', gen), ('genexpr', lambda: (x for x in [1])), ('module', lambda: sys)]:
    check('copy ' + label, lambda: copy.copy(mk()))
    check('deepcopy ' + label, lambda: copy.deepcopy(mk()))


class Holder:
    def __init__(self):
        self.g = gen()


check('deepcopy holder', lambda: copy.deepcopy(Holder()))
print(copy.copy(Holder()).g is not None)
