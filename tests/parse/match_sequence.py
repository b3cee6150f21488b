match seq:
    case []:
        pass
    case ():
        pass
    case [a]:
        pass
    case [a, b, *rest]:
        pass
    case (a, *_, b):
        pass
    case a, b:
        pass
    case a, *b:
        pass
    case [1, [2, (3, _)]]:
        pass
    case *all,:
        pass
