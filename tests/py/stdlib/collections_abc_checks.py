from collections.abc import (Iterable, Sequence, Mapping, Callable, Hashable, Sized, Iterator,
                             MutableMapping, Set, Container, Generator, MutableSequence,
                             Reversible, Collection, KeysView, MutableSet)
import collections.abc as cabc
print(isinstance([], Iterable), isinstance({}, Sequence), isinstance({}, Mapping), isinstance(len, Callable))
print(issubclass(list, Sequence), isinstance(iter([]), Iterable), isinstance([], Hashable), isinstance(1, Hashable))
print(isinstance("s", Sequence), isinstance((), MutableSequence), isinstance([], MutableSequence),
      isinstance(set(), MutableSet), isinstance(frozenset(), MutableSet), isinstance({}.keys(), KeysView))
print(isinstance((x for x in []), Generator), isinstance(range(3), Reversible), isinstance(5, Sized),
      isinstance("", Container), issubclass(dict, Collection))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class NoHash:
    __hash__ = None
print(isinstance(It(), Iterator), isinstance(It(), Iterable), issubclass(It, Sized), isinstance(NoHash(), Hashable))
class M(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = M(); m.update(a=1, b=2)
print(m.get('a'), 'b' in m, list(m.items()), list(m.keys()), list(m.values()), m.pop('a'), len(m), m == {'b': 2}, m.setdefault('z', 3))
print(m.popitem(), dict(m.items()), m.pop('q', 'dflt'), isinstance(m, Mapping), isinstance(m, dict))
class Bad(Mapping): pass
try: Bad()
except TypeError as e: print(e)
class Half(Sized):
    pass
try: Half()
except TypeError as e: print(e)
print(Sequence.__module__, isinstance(range(3), Sequence), isinstance((x for x in []), Iterator))
class S(Set):
    def __init__(self, it): self.s = list(dict.fromkeys(it))
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
    def __contains__(self, x): return x in self.s
print(sorted(S([1,2,3]) & S([2,3,4])), sorted(S([1,2]) | S([5])), S([1]) <= S([1,2]), sorted(S([1,2,3]) - S([2])),
      sorted(S([1, 2]) ^ S([2, 3])), S([1, 2]) == S([2, 1]), S([1]) < S([1]), S([1]).isdisjoint([2]))
class Seq(Sequence):
    def __init__(self, *items): self.items = items
    def __getitem__(self, i): return self.items[i]
    def __len__(self): return len(self.items)
s = Seq(1, 2, 3, 2)
print(list(s), 2 in s, 9 in s, list(reversed(s)), s.index(2), s.count(2), s.index(2, 2))
try: s.index(7)
except ValueError: print("ValueError")
class Virtual: pass
Sequence.register(Virtual)
print(issubclass(Virtual, Sequence), isinstance(Virtual(), Iterable), issubclass(Virtual, Mapping))
@Iterable.register
class V2: pass
print(issubclass(V2, Iterable), V2.__name__)
try: Iterable.register(5)
except TypeError as e: print(e)
