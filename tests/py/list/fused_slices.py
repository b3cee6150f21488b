# Slices taken and assigned right after BUILD_SLICE (no slice object made):
# lists, tuples and strs with int and None bounds, and the cases that fall
# back to the general path (subclasses, bad bounds, __index__, errors).

a = list(range(10))
t = tuple(a)
s = "hello world"
for lo in (None, -20, -3, 0, 2, 9, 20):
    for hi in (None, -20, -3, 0, 5, 20):
        for st in (None, 1, 2, -1, -3):
            print(a[lo:hi:st], t[lo:hi:st], s[lo:hi:st], a[lo:hi], t[lo:hi], s[lo:hi])

print(s[:] is s, t[:] is t, t[0:] is t, t[0:100] is t, s[0:1], s[3:4] is s[3:4])
print("é"[0:1], "aéb"[1:], "aéb"[::-1], "aéb"[-2:-1])
print((1 << 70) and a[1:3], a[True:3], a[False:])

# Assignment: same length (swapped in place), other lengths, the list itself.
b = a[:]
b[:3] = b
print(b)
b[2:5] = (7, 8)
print(b)
b[-2:] = []
print(b)
b[5:1] = [9]
print(b)
b[100:] = [1]
print(b)
b[:2] = b[1::-1]
print(b)
b[1:3] = "xy"
print(b)
b[::-1] = b[:]
print(b)
b[0:2:1] = [5, 6]
print(b)
tmp = [4, 4]
b[:2] = tmp
tmp.append(3)
print(b, tmp)

# Errors and the general path.
for f in (lambda: a[1:2:0], lambda: a[1.0:2], lambda: s["x":]):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    b[::2] = [1]
except ValueError as e:
    print(e)
try:
    b[:1] = 5
except TypeError as e:
    print(e)


class L(list):
    def __getitem__(self, k):
        return ("L", k)


class I:
    def __index__(self):
        return 2


print(L([1, 2, 3])[1:2], a[I():], s[: I()], t[I() : 3])

# The fannkuch flip: a reversed prefix stored back in place.
perm = [3, 1, 4, 0, 5, 7, 2, 6]
k = perm[0]
while k:
    perm[: k + 1] = perm[k::-1]
    k = perm[0]
    print(perm)


class D:
    def __del__(self):
        print("del", self.n)

    def __init__(self, n):
        self.n = n


c = [D(1), D(2), D(3)]
c[:2] = [D(4), D(5)]
print("after")
c[1:] = []
print("end")
del c
e = [D(6), D(7), D(8)]
e[::2] = [D(9), D(10)]
print("extended")
e[1:3] = (D(11), D(12))
print("tuple")
del e
