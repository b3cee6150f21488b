class C:
    cls_attr = 1
    def __init__(self):
        self.a = 2
c = C()
print(getattr(c, "a"), getattr(c, "cls_attr"), getattr(c, "z", None), hasattr(c, "a"), hasattr(c, "z"))
setattr(c, "b", 3)
print(vars(c), c.b)
delattr(c, "a")
print(vars(c))
try:
    getattr(c, "missing")
except AttributeError as e:
    print(e)
try:
    delattr(c, "missing")
except AttributeError as e:
    print(e)
try:
    getattr(c, 5)
except TypeError as e:
    print(e)
try:
    vars(5)
except TypeError as e:
    print(e)
print(callable(len), callable(C), callable(c), callable(None))
