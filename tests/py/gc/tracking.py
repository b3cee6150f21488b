# Which objects the collector watches, as CPython decides: atoms never,
# containers at creation, dicts only once they hold a container, tuples of
# atoms are dropped by a collection.
import gc

print(gc.is_tracked(1), gc.is_tracked("a"), gc.is_tracked(None), gc.is_tracked(2.5))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked(set()))
d = {1: "a", "b": 2.0}
print(gc.is_tracked(d))
d["c"] = []
print(gc.is_tracked(d))
t = (1, 2, [])
u = tuple([1, "x"])
print(gc.is_tracked(t), gc.is_tracked(u))
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(u))
nested = {"k": (1, 2)}
print(gc.is_tracked(nested))


class C:
    pass


print(gc.is_tracked(C()), gc.is_tracked(lambda: 0))
