def classify(p):
    match p:
        case (0, y) | (y, 0):
            return f"on axis, other={y}"
        case (x, y) if x == y:
            return "diagonal"
        case (int(x), int(y)) if x > 0 and y > 0:
            return "first quadrant"
        case (int() | float() as x, _):
            return f"numeric x={x}"
        case _:
            return "elsewhere"
for p in [(0, 5), (3, 0), (2, 2), (1, 4), (-1, 3), (1.5, -2), ("a", 1)]:
    print(p, classify(p))
def side_effect(v):
    print("guard sees", v)
    return v > 1
match [1, 2]:
    case [a, b] if side_effect(a):
        print("first")
    case [a, b] if side_effect(b):
        print("second")
