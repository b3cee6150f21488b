# Cycles are found by gc.collect(), finalizers run once (PEP 442), and
# resurrected objects survive.
import gc

gc.disable()
print(gc.isenabled())


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


def make_pair(a, b):
    x, y = Node(a), Node(b)
    x.peer, y.peer = y, x


gc.collect()
for i in range(5):
    make_pair("a%d" % i, "b%d" % i)
print("found something:", gc.collect() > 0)
print("nothing left:", gc.collect())

l = []
l.append(l)
del l
print("self list:", gc.collect())

order = []


class Fin:
    def __init__(self, tag):
        self.tag = tag
        self.me = self

    def __del__(self):
        order.append(self.tag)


Fin("one")
gc.collect()
print(order)

survivors = []


class Phoenix:
    def __init__(self):
        self.me = self

    def __del__(self):
        print("phoenix finalized")
        survivors.append(self)


Phoenix()
gc.collect()
print(len(survivors), gc.is_finalized(survivors[0]))
survivors.clear()
gc.collect()
print("finalized once:", len(survivors))
gc.enable()
print(gc.isenabled())
