class S(str):
    def __str__(self): return "S!"
    def __repr__(self): return "S-repr"
s = S("abc")
print(s, str(s), repr(s), f"{s}", "%s" % s, s.upper(), s[0], s + "d", [s], "abc" == s, len(s))
class I(int):
    def __str__(self): return "I!"
i = I(7)
print(i, str(i), repr(i), f"{i}", f"{i:>4}", i + 1, "%d" % i)
class F(float):
    def __repr__(self): return "F!"
print(F(1.5), str(F(1.5)), f"{F(1.5):.2f}")
class D(dict):
    def __iter__(self): return iter(sorted(super().__iter__(), reverse=True))
d = D(a=1, b=2, c=3)
print(list(d), [k for k in d], sorted(d), len(d), d)
class L(list):
    def __contains__(self, x): return True
    def __len__(self): return 99
l = L([1])
print(5 in l, len(l), bool(L()), l)
