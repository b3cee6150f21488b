def m(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hi":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case -1.5:
            return "neg"
        case _:
            return "other"
for v in (0, 2, "hi", None, True, -1.5, 99, 1.0):
    print(repr(v), m(v))
