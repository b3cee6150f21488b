# Dicts crossing every index width (1, 2, 4 bytes), with deletions leaving
# holes and dummies, keep insertion order; lookups survive a key whose __eq__
# mutates or clears the dict.


def check(n):
    d = {}
    for i in range(n):
        d[i * 7919] = i
    for i in range(0, n, 3):
        del d[i * 7919]
    for i in range(n, n + n // 4):
        d[i * 7919] = i
    keys = list(d)
    ok = all(d[k] == k // 7919 for k in keys)
    print(n, len(d), keys[:4], keys[-4:], ok, (n * 7919) in d, -1 in d)
    last = [d.popitem() for _ in range(min(3, len(d)))]
    print("  popitem", last, len(d))


for n in [0, 1, 5, 6, 11, 85, 86, 100, 170, 171, 1000, 21845, 21846, 30000]:
    check(n)

# str keys (the plain fast path) across widths
s = {}
for i in range(50000):
    s["k%d" % i] = i
print(len(s), s["k0"], s["k49999"], "k50000" in s)
for i in range(0, 50000, 2):
    del s["k%d" % i]
s["new"] = -1
print(len(s), list(s)[:3], list(s)[-3:])

# Reinserting deleted keys goes to the end.
d = dict.fromkeys("abcdefgh")
del d["c"], d["a"]
d["a"] = 1
d["c"] = 2
print(list(d))

# Collisions with equal hashes and distinct keys.
class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 42

    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v

    def __repr__(self):
        return "H(%d)" % self.v


c = {H(i): i for i in range(200)}
print(len(c), c[H(0)], c[H(199)], H(200) in c)
for i in range(0, 200, 2):
    del c[H(i)]
print(len(c), list(c)[:3], c[H(101)])


# __eq__ that clears the dict during a lookup.
class Clearing:
    def __init__(self, d):
        self.d = d

    def __hash__(self):
        return 1

    def __eq__(self, other):
        self.d.clear()
        return False


class One:
    def __hash__(self):
        return 1


e = {}
e[One()] = "x"
print(e.get(Clearing(e)), len(e))
e[Clearing(e)] = 5
print(len(e))


# __eq__ that grows the dict (a resize) during a lookup.
class Growing:
    def __init__(self, d):
        self.d = d
        self.done = False

    def __hash__(self):
        return 1

    def __eq__(self, other):
        if not self.done:
            self.done = True
            for i in range(300):
                self.d[("g", i)] = i
        return False


g = {}
g[One()] = "x"
k = Growing(g)
g[k] = "y"
print(len(g), g[k], list(g.values())[-1])
