import itertools as it
from itertools import *
print(list(product("ab", repeat=2)))
print(list(product([1,2],[3,4],[5])))
print(list(permutations(range(3))))
print(list(permutations("abcd", 2))[:5])
print(list(combinations("abcd", 2)))
print(list(combinations_with_replacement("abc", 2)))
data = sorted("aaabbcdddd")
for k, g in groupby(data):
    print(k, list(g))
print([(k, len(list(g))) for k, g in groupby([1,1,2,3,3,3], key=lambda x: x % 2)])
print(list(accumulate([1,2,3,4,5])))
print(list(accumulate([1,2,3,4,5], lambda a, b: a*b)))
print(list(accumulate([1,2,3], initial=100)))
import operator
print(list(accumulate([3,1,4,1,5], max)))
print(list(chain.from_iterable([[1,2],[3],[]])), list(chain("ab", "cd")))
print(list(islice(count(10, 3), 5)), list(islice("abcdefg", 1, None, 2)), list(islice(range(100), 3)))
print(list(zip_longest("abc", [1], fillvalue="-")))
print(list(pairwise("abcd")))
print(list(starmap(pow, [(2,3),(3,2)])))
a, b = tee(iter([1,2,3]))
print(list(a), list(b))
print(list(islice(cycle("xyz"), 7)))
print(list(repeat(7, 3)))
print(list(takewhile(lambda x: x < 3, [1,2,3,1])), list(dropwhile(lambda x: x < 3, [1,2,3,1])))
print(list(filterfalse(None, [0,1,"",2])), list(compress("abcdef", [1,0,1,0,1,1])))
print(list(count(0.5, 0.25))[:0] if False else list(islice(count(0.5, 0.25), 3)))
print(next(permutations([])), list(combinations([], 0)), list(product()))
c = count(5); next(c); print(c)
print(repr(repeat("a", 2)))
print(list(map(lambda p: "".join(p), product("01", repeat=3))))
print(sum(1 for _ in combinations(range(10), 4)))
print(list(zip(*[iter(range(9))]*3)))
# batch with islice
def batched(iterable, n):
    it_ = iter(iterable)
    while True:
        b = tuple(islice(it_, n))
        if not b: return
        yield b
print(list(batched("abcdefg", 3)))
g = groupby("aAbBb", key=str.lower)
print([(k, "".join(v)) for k, v in g])
print(list(accumulate("abc")))
print(list(zip_longest()), list(zip_longest([1,2])))
