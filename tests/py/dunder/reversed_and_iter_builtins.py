class R:
    def __reversed__(self): return iter([3,2,1])
class S:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i
print(list(reversed(R())), list(reversed(S())), list(enumerate(S())), list(zip(S(), S())), list(map(str, S())))
class L(list): pass
print(list(reversed(L([1,2]))))
