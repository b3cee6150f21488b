class Typed:
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class P:
    x = Typed()
    nd = NonData()
p = P()
p.x = 5
print(p.x, type(P.x).__name__)
try:
    p.x = "s"
except TypeError as e:
    print(e)
print(p.nd)
p.__dict__['nd'] = "from instance"
print(p.nd)
p.__dict__['x'] = 99
print(p.x)
