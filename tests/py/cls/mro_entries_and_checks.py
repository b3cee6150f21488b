# PEP 560 __mro_entries__, __instancecheck__ on objects that are no class,
# dict() of any object with keys().
class Base:
    def hello(self):
        return "hi"
class Alias:
    def __mro_entries__(self, bases):
        return (Base,)
    def __instancecheck__(self, x):
        return isinstance(x, Base)
    def __subclasscheck__(self, c):
        return c is int
alias = Alias()
class D(alias, object):
    pass
print(D.__mro__, D.__orig_bases__ == (alias, object), D().hello())
print(isinstance(D(), alias), isinstance(1, alias), issubclass(int, alias), issubclass(str, alias))
class Empty:
    def __mro_entries__(self, bases):
        return ()
class E(Empty()):
    pass
print(E.__bases__, "__orig_bases__" in E.__dict__, "__orig_bases__" in D.__dict__)
class Bad:
    def __mro_entries__(self, bases):
        return [Base]
try:
    class F(Bad()):
        pass
except TypeError as e:
    print(e)
try:
    isinstance(1, 2)
except TypeError as e:
    print(e)
class K:
    a = 1
print(dict(vars(K))["a"])
class Keys:
    def keys(self):
        return ["x", "y"]
    def __getitem__(self, k):
        return k * 2
print(dict(Keys()), dict([("p", 1)]))
