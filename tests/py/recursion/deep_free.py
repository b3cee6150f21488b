# Building and dropping very deep structures never overflows the stack.
# (Sizes keep the debug build within the test timeout; the runtime's unit
# tests drop 1e6-deep structures built natively.)
import gc

N = 15000


def deep_list():
    x = []
    for _ in range(N):
        x = [x]
    return x


def deep_tuple():
    x = ()
    for _ in range(N):
        x = (x,)
    return x


def deep_dict():
    x = {}
    for _ in range(N):
        x = {0: x}
    return x


class Node:
    def __init__(self, nxt):
        self.nxt = nxt


def chain(cls):
    x = None
    for _ in range(N // 3):
        x = cls(x)
    return x


for make in (deep_list, deep_tuple, deep_dict):
    x = make()
    del x
    print(make.__name__, "freed")

for cls in (Node,):
    x = chain(cls)
    x = None
    print(cls.__name__, "chain freed")

# Mixed: a list of tuples of dicts of instances.
x = None
for i in range(N):
    k = i % 4
    if k == 0:
        x = [x]
    elif k == 1:
        x = (x,)
    elif k == 2:
        x = {"v": x}
    else:
        x = Node(x)
del x
print("mixed freed")

# A deep cycle is freed by the collector.
head = Node(None)
x = head
for _ in range(10000):
    x = Node(x)
head.nxt = x
del head, x
gc.collect()
print("cycle collected")

# Building again after freeing still works.
x = deep_list()
x = deep_tuple()
x = None
print("done")
