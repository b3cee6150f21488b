commands = ["go north", "pick up lamp", "drop", "look", "go", "quit now"]
for c in commands:
    match c.split():
        case ["go", direction]:
            print("moving", direction)
        case ["pick", "up", *items] if items:
            print("picking", items)
        case ["drop", *rest]:
            print("dropping", rest or "nothing")
        case ["look"]:
            print("looking around")
        case [verb, *_] if verb in ("quit", "exit"):
            print("bye")
        case _:
            print("unknown:", c)
