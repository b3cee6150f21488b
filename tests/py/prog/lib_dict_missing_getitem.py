import collections
d = collections.defaultdict(int); print(list(map(d.__getitem__, "ab")), dict(d))
c = collections.Counter("aab"); print(sorted("abz", key=c.__getitem__))
class M(dict):
    def __missing__(self, k): return k * 2
print(M().__getitem__("q"), dict.__getitem__(M(), "r"))
