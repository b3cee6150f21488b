# The collector on lists of garbage: finalizers that resurrect, weak reference
# callbacks, objects freed while the garbage is walked, and DEBUG_SAVEALL.
import gc
import weakref

gc.disable()
log = []


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


class Fin(Node):
    def __del__(self):
        log.append("del " + self.name)


saved = []


class Resurrect(Node):
    def __del__(self):
        log.append("resurrect " + self.name)
        saved.append(self)


def ring(cls, names):
    nodes = [cls(n) for n in names]
    for a, b in zip(nodes, nodes[1:] + nodes[:1]):
        a.other = b
    return nodes[0]


gc.collect()
ring(Fin, ["a", "b", "c"])
print("collected", gc.collect())
print(sorted(log))
log.clear()

# A finalizer that resurrects its ring: nothing is freed, and the next
# collection does not run the finalizers again.
ring(Resurrect, ["r1", "r2"])
print("collected", gc.collect())
print(sorted(log), len(saved))
saved.clear()
print("collected", gc.collect())
print(sorted(log))
log.clear()

# A finalizer that drops the reference to another garbage object.
class Breaker(Node):
    def __del__(self):
        log.append("breaker " + self.name)
        self.other = None


ring(Breaker, ["x", "y", "z"])
print("collected", gc.collect())
print(sorted(log))
log.clear()

# Weak references: to garbage (cleared, the callback of a live weakref runs),
# and weak references that are garbage themselves (their callback does not).
class Holder(Node):
    pass


h = ring(Holder, ["w1", "w2"])
alive = weakref.ref(h, lambda r: log.append("callback alive"))
h.other.wr = weakref.ref(h, lambda r: log.append("callback garbage"))
del h
print("collected", gc.collect())
print(log, alive())
log.clear()

# Garbage with an outside reference into it survives, and so does what it reaches.
keep = ring(Node, ["k1", "k2", "k3"])
print("collected", gc.collect(), keep.other.other.name)
keep.other.other.other = None
del keep
print("collected", gc.collect())

# DEBUG_SAVEALL keeps the garbage in gc.garbage.
gc.set_debug(gc.DEBUG_SAVEALL)
ring(Node, ["s1", "s2"])
print("collected", gc.collect())
print(sorted(type(o).__name__ for o in gc.garbage))
print(sorted(o.name for o in gc.garbage if isinstance(o, Node)))
gc.set_debug(0)
gc.garbage.clear()
print("collected", gc.collect())

# Many rings at once, some reachable from a list.
kept = []
for i in range(50):
    r = ring(Node, [str(i), str(i) + "'"])
    if i % 5 == 0:
        kept.append(r)
del r
print("collected", gc.collect(), len(kept))
kept.clear()
print("collected", gc.collect())
