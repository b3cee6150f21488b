match x:
    case P(x=1, x=2):
        pass
