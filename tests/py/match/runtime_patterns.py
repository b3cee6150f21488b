# Class patterns with __match_args__, mapping rest, star patterns, guards,
# or-patterns, value patterns with dotted names, and the TypeErrors.

class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Colors:
    RED = "red"
    GREEN = "green"


class NS:
    inner = Colors


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"y-axis {y}"
        case Point(x, 0):
            return f"x-axis {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point(x, y=yy):
            return f"at {x},{yy}"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 3), Point(4, 0), Point(2, 2), Point(1, 5), 7]:
    print(where(p))


def color(c):
    match c:
        case Colors.RED:
            return "is red"
        case NS.inner.GREEN:
            return "is green"
        case "blue" | "navy":
            return "bluish"
        case _:
            return "other"


print(color("red"), color("green"), color("navy"), color("pink"))


def mapping(m):
    match m:
        case {"kind": "circle", "r": r}:
            return f"circle {r}"
        case {"kind": "rect", **rest}:
            return f"rect rest={sorted(rest.items())}"
        case {1: one, **rest} if not rest:
            return f"only one {one}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"


print(mapping({"kind": "circle", "r": 2}))
print(mapping({"kind": "rect", "w": 1, "h": 2}))
print(mapping({1: "x"}), mapping({1: "x", 2: "y"}), mapping([]))


def seq(s):
    match s:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long {first}..{last} ({len(middle)} inside)"
        case [first, *rest]:
            return f"first {first} rest {rest}"
        case _:
            return "not a sequence"


for s in [[], (5,), [1, 2], range(3), list(range(7)), "abc", {1: 2}, 3]:
    print(seq(s))


def builtins_self(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative {i}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case list([a, *_]):
            return f"list starting {a}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case dict({"k": v}):
            return f"dict k={v}"
        case frozenset() | set():
            return f"a set of {len(v)}"
        case _:
            return "other"


for v in [True, -2, 4, 1.5, "hi", [9, 8], (1, 2), {"k": 0}, {1, 2}, frozenset(), None]:
    print(builtins_self(v))


def nested(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["look"] | ["l"]:
            return "looking"
        case [("quit" | "exit")]:
            return "bye"
        case _:
            return f"unknown {cmd!r}"


for c in ["go north", "go up", "take lamp key", "take", "l", "exit", ""]:
    print(nested(c))


class Missing:
    __match_args__ = ("a", "b")
    a = 1


match Missing():
    case Missing(x, y):
        print("matched", x, y)
    case Missing(x):
        print("only a", x)


class Dup:
    __match_args__ = ("a", "a")
    a = 1


class BadArgs:
    __match_args__ = ["a"]


class BadName:
    __match_args__ = (1,)


not_a_type = 3


def attempt(label, f):
    try:
        print(label, f())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


def dup():
    match Dup():
        case Dup(x, y):
            return (x, y)


def too_many():
    match Point(1, 2):
        case Point(a, b, c):
            return (a, b, c)


def int_two():
    match 3:
        case int(a, b):
            return (a, b)


def not_type():
    match 3:
        case not_a_type():
            return "?"


def bad_args():
    match BadArgs():
        case BadArgs(1):
            return "?"


def bad_name():
    match BadName():
        case BadName(1):
            return "?"


def dup_key():
    match {"red": 1, "x": 2}:
        case {Colors.RED: a, NS.inner.RED: b}:
            return (a, b)


def kw_repeat_positional():
    match Point(1, 2):
        case Point(a, x=b):
            return (a, b)


for label, f in [("dup", dup), ("too_many", too_many), ("int_two", int_two),
                 ("not_type", not_type), ("bad_args", bad_args),
                 ("bad_name", bad_name), ("dup_key", dup_key),
                 ("kw_repeat", kw_repeat_positional)]:
    attempt(label, f)

# A match that binds nothing leaves earlier names alone; captures persist after.
x = "before"
match (1, 2):
    case (3, x):
        pass
    case (a, b):
        pass
print(x, a, b)
