match point:
    case Point(x=0, y=0):
        origin()
    case Point(x, y) if x == y:
        diag(x)
    case {"k": v, **rest}:
        mapping(v, rest)
    case 1 | 2 | 3:
        small()
    case [a, b] | (b, a):
        pair(a, b)
    case Color.RED as c:
        red(c)
    case [_, *_, last]:
        tail(last)
