# Classes are containers the collector frees: a class whose methods use
# super() or __class__ is in a cycle (its dict -> function -> cell -> class).
import gc
import weakref

print("type tracked:", gc.is_tracked(int), gc.is_tracked(type), gc.is_tracked(object))

class Plain:
    pass
print("class tracked:", gc.is_tracked(Plain))

def make_pair():
    class Base:
        def hello(self):
            return "base"
    class Derived(Base):
        def hello(self):
            return "derived+" + super().hello()
    return Derived

D = make_pair()
print(D().hello())
r = weakref.ref(D)
rb = weakref.ref(D.__mro__[1])
del D
gc.collect()
print("derived freed:", r() is None, "base freed:", rb() is None)

# The __class__ cell alone makes the cycle.
def make_cell():
    class C:
        def me(self):
            return __class__
    return C
C = make_cell()
print(C().me() is C)
r = weakref.ref(C)
del C
print("collected something:", gc.collect() > 0, "freed:", r() is None)

# Instances and their class die together in one collection.
def make_with_instances():
    class Node:
        def __init__(self):
            self.me = self
        def kind(self):
            return __class__.__name__
    nodes = [Node() for _ in range(3)]
    return nodes
nodes = make_with_instances()
print(nodes[0].kind())
r = weakref.ref(type(nodes[0]))
del nodes
gc.collect()
print("class of cyclic instances freed:", r() is None)

# A weak reference callback runs when the class is collected.
def make_cb():
    class Gone:
        def f(self):
            return super().__repr__()
    return Gone
G = make_cb()
seen = []
r = weakref.ref(G, lambda ref: seen.append("callback"))
del G
gc.collect()
print(seen, r() is None)

# A metaclass and its class.
def make_meta():
    class Meta(type):
        def describe(cls):
            return "meta of " + cls.__name__
    class WithMeta(metaclass=Meta):
        def f(self):
            return __class__
    return WithMeta
W = make_meta()
print(W.describe())
rm = weakref.ref(type(W))
rw = weakref.ref(W)
del W
gc.collect()
print("metaclass freed:", rm() is None, "class freed:", rw() is None)

# __class__ assignment lets the old class go.
def make_old():
    class Old:
        def f(self):
            return __class__
    return Old
class New:
    pass
o = make_old()()
r = weakref.ref(type(o))
o.__class__ = New
gc.collect()
print(type(o).__name__, "old class freed:", r() is None)

# A class that is still referenced survives a collection.
keep = make_cell()
r = weakref.ref(keep)
gc.collect()
print("kept:", r() is keep)

# A class in a cycle through a class attribute.
class Holder:
    pass
def make_attr_cycle():
    class Inner:
        pass
    Inner.self_ref = Inner
    return Inner
I = make_attr_cycle()
r = weakref.ref(I)
del I
gc.collect()
print("attribute cycle freed:", r() is None)
print("subclasses after collection:", [c.__name__ for c in object.__subclasses__() if c.__name__ in ("Inner", "Old", "Gone")])
