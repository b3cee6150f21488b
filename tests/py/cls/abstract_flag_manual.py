class Shape:
    def area(self): pass
Shape.__abstractmethods__ = frozenset({"area", "perimeter"})
try:
    Shape()
except TypeError as e:
    print(e)
Shape.__abstractmethods__ = frozenset()
print(type(Shape()).__name__)
class A: pass
print(A.__subclasshook__(int), object.__subclasshook__())
