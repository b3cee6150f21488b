def add_repr(cls):
    def __repr__(self):
        return f"{cls.__name__}({self.__dict__})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class P:
    def __init__(self, x):
        self.x = x
print(P(3))
print(repr([P(1), P(2)]))
