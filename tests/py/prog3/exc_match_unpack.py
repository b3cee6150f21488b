# Exceptions and their messages, match statements, star-unpacking, walrus,
# slicing, dict/set operations and views.
import traceback


def messages():
    tests = [
        lambda: [1][5], lambda: (1,)[-3], lambda: "ab"[9], lambda: {}["k"], lambda: {}[(1, 2)], lambda: [].pop(), lambda: {}.popitem(),
        lambda: [1].index(7), lambda: "abc".index("z"), lambda: (1,).index(3), lambda: [].remove(1), lambda: set().remove(1), lambda: set().pop(),
        lambda: int("x"), lambda: 1 + "a", lambda: "a" + 1, lambda: [] + (), lambda: "a" * 1.5, lambda: None(), lambda: 5[0], lambda: len(5),
        lambda: iter(5), lambda: next(iter([])), lambda: undefined_name, lambda: (1).foo, lambda: None.bar, lambda: object().x, lambda: str.nope,
        lambda: hash([]), lambda: {[]: 1}, lambda: {{}}, lambda: sorted([1, "a"]), lambda: max([]), lambda: min(1), lambda: abs("x"), lambda: -"x",
        lambda: ~1.5, lambda: 1 < "a", lambda: [1] < (1,), lambda: int(None), lambda: float([]), lambda: chr("a"), lambda: ord("ab"), lambda: "".join([1]),
        lambda: "{}".format(), lambda: "{0} {2}".format(1, 2), lambda: "%d" % "x", lambda: "%s %s" % (1,), lambda: f"{1:q}", lambda: format(1, "s"),
        lambda: tuple(1), lambda: list(None), lambda: dict([1]), lambda: dict([(1, 2, 3)]), lambda: range(1.5), lambda: range(0, 5, 0), lambda: [].sort(1),
        lambda: (lambda a: a)(), lambda: (lambda a: a)(1, 2), lambda: (lambda: 0)(x=1), lambda: (lambda *, k: k)(), lambda: (lambda a, b: 0)(1, a=2),
        lambda: setattr(1, "x", 2), lambda: delattr(object(), "x"), lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: super(),
        lambda: bytes("x"), lambda: b"a" + "b", lambda: bytes([256]), lambda: "x".encode("nope"), lambda: b"\xff".decode(), lambda: int.from_bytes("x", "big"),
        lambda: [1, 2, 3][1:2:0], lambda: divmod(1, "a"), lambda: pow(1, 2, 3.0), lambda: round("x"), lambda: sum(["a"]), lambda: sum([1], "s"),
        lambda: getattr(1, 2), lambda: frozenset([[]]), lambda: {}.update(1), lambda: [].extend(1), lambda: "a".split(""), lambda: "a".center(3, "xy"),
        lambda: exec("1 +"), lambda: eval("x y"), lambda: compile("pass", "f", "nope"), lambda: int("1" * 5000), lambda: 2 ** 10000 * 1.0,
    ]
    for t in tests:
        try:
            t()
            print("no error")
        except Exception as e:
            print(f"{type(e).__name__}: {e}")


messages()


class AppError(Exception):
    pass


class DbError(AppError):
    def __init__(self, table, code=500):
        super().__init__(f"table {table} failed")
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


def load():
    try:
        {}["missing"]
    except KeyError as e:
        raise DbError("users") from e


try:
    load()
except AppError as e:
    print(type(e).__name__, e, repr(e), e.args, type(e.__cause__).__name__, e.__context__ is e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    raise KeyError("a", 1)
except LookupError as e:
    print(e, e.args, str(KeyError("x")), str(KeyError()), repr(KeyError("x")), str(OSError(2, "No such file")), repr(ValueError()))
e = RuntimeError("x")
print(e.with_traceback(None) is e, e.__traceback__, BaseException("a", "b"), Exception(), repr(Exception("q", 2)), StopIteration(5).value)
for exc in [SystemExit(3), KeyboardInterrupt(), GeneratorExit()]:
    print(type(exc).__name__, isinstance(exc, Exception), isinstance(exc, BaseException), exc.args)


def finally_order():
    log = []
    for i in range(3):
        try:
            if i == 1:
                continue
            log.append(f"body{i}")
        finally:
            log.append(f"fin{i}")
    try:
        return log
    finally:
        log.append("after-return")


print(finally_order())
try:
    raise ExceptionGroup("many", [ValueError("v"), TypeError("t"), ValueError("w")])
except* ValueError as g:
    print("values", [str(x) for x in g.exceptions])
except* TypeError as g:
    print("types", g.exceptions)
tb = None
try:
    [][0]
except IndexError:
    tb = traceback.format_exc()
print(tb.splitlines()[0], tb.splitlines()[-1])


def describe(x):
    match x:
        case None:
            return "none"
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return "negative int"
        case int() | float() as n:
            return f"number {n}"
        case "quit" | "exit":
            return "command"
        case str(s) if len(s) > 3:
            return f"long str {s[:3]}..."
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *rest]:
            return f"list first={first} rest={rest}"
        case {"type": "point", "x": px, **others}:
            return f"point x={px} others={others}"
        case {"type": t}:
            return f"typed {t}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=px, y=py) if px == py:
            return f"diagonal {px}"
        case Point():
            return "point"
        case _:
            return f"other {type(x).__name__}"


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


for v in [None, True, -3, 4, 2.5, "quit", "hello", "hi", [1, 2], [1, 2, 3], (9,), {"type": "point", "x": 1, "z": 2}, {"type": "c"}, Point(0, 0), Point(2, 2), Point(1, 2), {1}]:
    print(repr(v) if not isinstance(v, Point) else "Point", "->", describe(v))
match Point(5, 6):
    case Point(a, b):
        print("positional", a, b)
match (1, (2, 3)):
    case (a, (b, c)) if a < b:
        print("nested", a, b, c)

first, *middle, last = range(6)
a, (b, *c), d = 1, "xyz", 4
*init, tail = "ab"
print(first, middle, last, a, b, c, d, init, tail)
print([*range(3), *"ab"], (*[1], 2), sorted({*"aab", "3"}), {**{"a": 1}, "b": 2, **{"a": 3}}, [*{"k": 1}])


def spread(*args, **kw):
    return args, kw


print(spread(*[1, 2], 3, *(), **{"x": 1}, y=2), spread(**dict(a=1)))
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    x, y, z = [1]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("len", n, [y for x in data if (y := x * 2) > 10], y)
s = list(range(10))
print(s[2:8:2], s[::-3], s[-3:], s[:-7:-1], s[100:], s[-100:2], s[5:2], s[::-1][::3], "hello"[1:-1], (1, 2, 3)[::-1], range(10)[2:8:3])
s[2:5] = ["a"]
print(s)
s[::3] = [0] * len(s[::3])
print(s)
del s[1::2]
print(s)
try:
    s[::2] = [1]
except ValueError as e:
    print(e)
sl = slice(1, 10, 2)
print(sl.start, sl.stop, sl.step, sl.indices(5), "abcdefghij"[sl])
d1 = {"a": 1, "b": 2, "c": 3}
d2 = {"b": 20, "d": 4}
print(d1 | d2, d2 | d1, d1.keys() & d2.keys(), sorted(d1.keys() - d2), sorted(d1.keys() | ["z"]), d1.items() & {("a", 1)}, sorted(d1.keys() ^ d2.keys()))
print(list(d1.values()), reversed(d1).__class__.__name__, list(reversed(d1.items())), d1.get("z"), d1.get("z", 0), d1.setdefault("e", 5), d1.pop("a"), d1.pop("q", None))
print(sorted(d1, key=d1.get, reverse=True), dict.fromkeys("ab", []), dict(zip("xy", (1, 2))), {k: v for k, v in sorted(d2.items(), reverse=True)})
v = d1.keys()
d1["new"] = 0
print(v, len(v), "new" in v, d1.values() == d1.values(), d1.keys() == {"b", "c", "e", "new"}, isinstance(v, type({}.keys())))
A, B = {1, 2, 3, 4}, {3, 4, 5}
print(A | B, A & B, A - B, A ^ B, A <= B, A >= {1}, A.isdisjoint({9}), A.union([7], (8,)), A.intersection(B, {4}), B.difference(A), A.symmetric_difference(B))
C = set(A)
C |= {10}
C &= {1, 10, 3}
C -= {3}
C ^= {99}
print(C, frozenset(A) | B, type(frozenset(A) | B).__name__, type(B | frozenset(A)).__name__, {frozenset({1}): "f"}, set("hello") == frozenset("ehlo"))
