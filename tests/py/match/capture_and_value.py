import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
def m(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN as g:
            return f"green {g.name}"
        case [Color.RED, *_]:
            return "starts red"
        case other:
            return f"captured {other!r}"
for c in (Color.RED, Color.GREEN, [Color.RED, 1], 5):
    print(m(c))
match (1, (2, 3)):
    case (a, (b, c) as inner):
        print(a, b, c, inner)
