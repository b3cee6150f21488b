match p:
    case Point():
        pass
    case Point(0, 0):
        pass
    case Point(x=0, y=y):
        pass
    case Point(1, y=2,):
        pass
    case mod.Point(a, b, c=[d, *e]):
        pass
    case int(n) | float(n):
        pass
