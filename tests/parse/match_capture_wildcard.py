match command:
    case x:
        pass
match command:
    case _:
        pass
match (a, b):
    case (x, _):
        pass
