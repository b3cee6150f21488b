class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            print("new instance")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print("init", v)
        self.v = v
a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)
class Weird:
    def __new__(cls):
        return 42
print(Weird())
class Pt(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
print(Pt(1, 2), type(Pt(1, 2)).__name__)
