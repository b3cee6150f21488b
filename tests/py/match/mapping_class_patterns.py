class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def m(v):
    match v:
        case {"type": "circle", "r": r}:
            return f"circle {r}"
        case {"type": t, **rest}:
            return f"type {t} rest {rest}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis {yy}"
        case Point(a, b) if a == b:
            return f"diagonal {a}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case _:
            return "nothing"
for v in ({"type": "circle", "r": 2}, {"type": "sq", "s": 1, "z": 0}, Point(0, 0),
          Point(0, 5), Point(3, 3), Point(1, 2), 7, 2.5, "s", None):
    print(m(v))
