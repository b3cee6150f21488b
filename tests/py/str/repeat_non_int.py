class R:
    def __rmul__(self, o): return "rmul"
class M:
    def __mul__(self, o): return "mul"
print("a" * R(), b"a" * R(), M() * "a", 3 * "ab", "ab" * True)
for f in [lambda: "a" * "b", lambda: "a" * 1.5, lambda: 1.5 * "a", lambda: b"a" * b"b", lambda: [] and "a" * None, lambda: None * "a", lambda: "a" * M()]:
    try:
        print(f())
    except TypeError as e:
        print(e)
for f in [lambda: "ab" * 2**63, lambda: b"x" * -2**70, lambda: 2**64 * "a"]:
    try:
        print(f())
    except OverflowError as e:
        print(e)
