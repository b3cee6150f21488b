# Dropping a long chain of instances of a class with __slots__ (the link is
# held in a slot, freed through the trashcan).


class Slotted:
    __slots__ = ("nxt",)

    def __init__(self, nxt):
        self.nxt = nxt


for n in (99, 101, 150, 10000):
    x = None
    for _ in range(n):
        x = Slotted(x)
    x = None
    print(n, "freed")
