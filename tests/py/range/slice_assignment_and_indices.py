class Show:
    def __getitem__(self, k):
        return k.indices(10) if isinstance(k, slice) else k
s = Show()
print(s[::], s[::-1], s[-3:], s[2:100:3], s[-100:-50], s[5:1:-1])
l = list(range(6))
l[1:5:2] = ["a", "b"]
print(l)
l[slice(None, 2)] = []
print(l)
try:
    l[::2] = [1, 2, 3, 4]
except ValueError as e:
    print(e)
print(slice(1, 5, 2).indices(3), "abcdef"[slice(-2, None)], slice(None).start)
