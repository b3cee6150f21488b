class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("s", swallow=True):
    raise ValueError("hidden")
print("after")
try:
    with CM("t"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
try:
    with 5:
        pass
except TypeError as e:
    print(e)
