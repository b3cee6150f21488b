match command:
    case "quit":
        stop()
    case "go", direction:
        go(direction)
    case [first, *rest]:
        many(first, rest)
    case None:
        pass
    case _:
        unknown()
