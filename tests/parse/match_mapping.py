match m:
    case {}:
        pass
    case {"a": 1, "b": x}:
        pass
    case {1: _, **rest}:
        pass
    case {Const.K: v, None: n, -1: m,}:
        pass
    case {**rest}:
        pass
