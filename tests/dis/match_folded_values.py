match p:
    case 1.5 | -2.5j | 3 + 4j | -5 - 6j:
        pass
    case {-1: m, **rest}:
        pass
def f(*args: *Ts): pass
