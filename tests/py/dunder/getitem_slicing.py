class S:
    def __getitem__(self, k):
        return k
    def __setitem__(self, k, v):
        print("set", k, v)
    def __delitem__(self, k):
        print("del", k)
s = S()
print(s[1], s[1:2], s[::2], s[1, 2], s[..., 1:])
s[0] = 'a'
s[1:3] = [1]
del s[-1]
del s[:]
class Sq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if not 0 <= i < 3: raise IndexError(i)
        return i * i
print(list(reversed(Sq())))
