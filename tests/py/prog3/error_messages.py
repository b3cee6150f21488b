class BadIter:
    def __iter__(self): return 5
class NoNext:
    def __iter__(self): return self
tests = [lambda: list(BadIter()), lambda: list(NoNext()), lambda: [x for x in 5], lambda: len(zip()), lambda: len(x for x in []),
         lambda: next([]), lambda: next(5), lambda: iter(5, 5), lambda: reversed(5), lambda: reversed({1}), lambda: sorted(5),
         lambda: dict(5), lambda: set(5), lambda: tuple(5.0), lambda: list.append(), lambda: [].append(), lambda: [].append(1, 2),
         lambda: {}.get(), lambda: {}.pop(), lambda: "".split(1), lambda: "".join(5), lambda: "a".replace("a"), lambda: "a".count(),
         lambda: (1).__add__("a"), lambda: int.__add__("a", 1), lambda: enumerate(5), lambda: zip(5), lambda: map(len), lambda: filter(5),
         lambda: min(5), lambda: sum(5), lambda: sum([1], 2, 3), lambda: any(5), lambda: bin(1.5), lambda: hex("a"), lambda: chr(1.5), lambda: ord(5),
         lambda: round(1, 1.5), lambda: divmod(), lambda: abs(), lambda: isinstance(), lambda: getattr(), lambda: hash(), lambda: id(),
         lambda: print(sep=5), lambda: print(end=1), lambda: sorted([], key=5) or [].sort(key=5) or sorted([1, 2], key=5),
         lambda: "abc"[1.5], lambda: [][None], lambda: {}[[]], lambda: (1,)["a"], lambda: range(3)["a"], lambda: b"a"["x"],
         lambda: "%s %s" % "a", lambda: "%d" % [], lambda: "%z" % 1, lambda: "{".format(1), lambda: "}".format(1), lambda: "{0:x}".format("s"),
         lambda: int("12", 1), lambda: int(1, 10), lambda: float("1", 2), lambda: str(1, 2), lambda: bytes(-1), lambda: bytearray("x"),
         lambda: [1, 2].index(1, "a"), lambda: list(range(3)).pop(10), lambda: [].insert(), lambda: {}.fromkeys(), lambda: frozenset().add(1),
         lambda: (lambda: (yield))().send(1), lambda: memoryview("x"), lambda: complex("x"), lambda: complex(1, "2"), lambda: object.__new__(5)]
for t in tests:
    try:
        r = t(); print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)
def unpack():
    a, b = 5
try: unpack()
except TypeError as e: print(e)
try:
    a, b = None
except TypeError as e: print(e)
try:
    for x in 5: pass
except TypeError as e: print(e)
try:
    print(*5)
except TypeError as e: print(e)
try:
    print(**5)
except TypeError as e: print(e)
try:
    f = lambda **k: k; f(**{1: 2})
except TypeError as e: print(e)
try:
    f = lambda a: a; f(a=1, **{"a": 2})
except TypeError as e: print(e)
try:
    {**[1]}
except TypeError as e: print(e)
try:
    [*5]
except TypeError as e: print(e)
try:
    x = 5; x += "a"
except TypeError as e: print(e)
try:
    x = [1]; x -= [1]
except TypeError as e: print(e)
try:
    -[1]
except TypeError as e: print(e)
try:
    ~"a"
except TypeError as e: print(e)
try:
    "a" < 1
except TypeError as e: print(e)
try:
    [1, 2] @ [3]
except TypeError as e: print(e)
try:
    None + None
except TypeError as e: print(e)
try:
    1 ** "a"
except TypeError as e: print(e)
try:
    pow(1, 2, "a")
except TypeError as e: print(e)
