match x:
    case P(x=1, 2):
        pass
