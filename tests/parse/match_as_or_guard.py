match x:
    case [a, b] as pair if a > b:
        pass
    case (1 | 2 | 3) as small:
        pass
    case Point(x=(0 | 1) as px) if px:
        pass
    case {"k": [_, *_] as lst} if len(lst) > 2 and ok:
        pass
    case _ if flag:
        pass
