# sys.getsizeof as CPython 3.11 reports it on 64-bit machines.
import sys

print([sys.getsizeof(x) for x in [0, 1, -5, 2 ** 30, 2 ** 60, -2 ** 40, 10 ** 100, True, False]])
print([sys.getsizeof(x) for x in [1.0, 1j, None, object(), range(3), range(10 ** 20)]])
print([sys.getsizeof(x) for x in ['', 'a', 'ab', 'a' * 100, 'é', 'ā', 'āā', '😀', '😀😀', 'a😀']])
print([sys.getsizeof(x) for x in [b'', b'ab', bytearray(), bytearray(b'ab'), bytearray(10)]])
print([sys.getsizeof(x) for x in [(), (1,), (1, 2, 3), [], [1], [1, 2], list(range(10)), [0] * 7]])
grown = []
sizes = []
for i in range(70):
    grown.append(i)
    sizes.append(sys.getsizeof(grown))
print(sizes)
print(sys.getsizeof([x for x in range(1000)]), sys.getsizeof(list(range(1000))))
print([sys.getsizeof({i: i for i in range(n)}) for n in range(0, 45, 3)])
print([sys.getsizeof({str(i): i for i in range(n)}) for n in range(0, 45, 3)])
print(sys.getsizeof({'a': 1, 'b': 2}), sys.getsizeof({1: 'a', 2: 'b'}), sys.getsizeof(dict(zip(range(20), range(20)))))
print([sys.getsizeof(set(range(n))) for n in range(0, 45, 3)], sys.getsizeof(frozenset('ab')), sys.getsizeof({1, 2, 3}))


class Plain:
    pass


class Slotted:
    __slots__ = ('a', 'b')


class Sized:
    def __sizeof__(self):
        return 100


class BadSize:
    def __sizeof__(self):
        return -1


p = Plain()
p.x = 1
print(sys.getsizeof(Plain()), sys.getsizeof(p), sys.getsizeof(Slotted()), sys.getsizeof(Sized()))
try:
    sys.getsizeof(BadSize())
except ValueError as e:
    print(e)
words = 'the quick brown fox'.split()
print(sys.getsizeof(words) > 0, sum(sys.getsizeof(w) for w in words))
