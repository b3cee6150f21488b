import reprlib, graphlib, queue
print(reprlib.repr(list(range(20))), reprlib.repr('x'*100), reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(10))), reprlib.repr(frozenset(range(10))), reprlib.repr(tuple(range(10))), reprlib.repr(2**200), reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr(()), reprlib.repr((1,)), reprlib.repr(set()), reprlib.repr(frozenset()))
class X:
    def __repr__(self): return 'X' * 50
print(reprlib.repr(X()), reprlib.repr({'a': [1]*10}), reprlib.repr({}), reprlib.repr('short'), reprlib.repr(3.5))
from collections import deque; print(reprlib.repr(deque(range(10))))
r = reprlib.Repr(); r.maxlist = 2; r.maxstring = 10; print(r.repr([1, 2, 3]), r.repr("abcdefghijklmnop"))
class Node:
    def __init__(self): self.children = []
    @reprlib.recursive_repr()
    def __repr__(self): return 'Node(%r)' % self.children
n = Node(); n.children.append(n); print(n, Node.__repr__.__name__)
ts = graphlib.TopologicalSorter({"D": {"B", "C"}, "C": {"A"}, "B": {"A"}})
print(list(ts.static_order()))
ts = graphlib.TopologicalSorter(); ts.add(3, 2, 1); ts.add(7, 0); ts.add(1, 0); ts.add(2, 0)
print(tuple(ts.static_order()))
ts = graphlib.TopologicalSorter({"b": ["a"], "c": ["b"], "d": ["a", "c"]}); ts.prepare()
while ts.is_active():
    ready = ts.get_ready(); print("ready", ready); ts.done(*ready)
try: list(graphlib.TopologicalSorter({1: [2], 2: [3], 3: [1]}).static_order())
except graphlib.CycleError as e: print("cycle", e.args)
try: list(graphlib.TopologicalSorter({"a": ["b"], "b": ["c"], "c": ["b"], "d": ["a"]}).static_order())
except graphlib.CycleError as e: print("cycle", e.args)
ts = graphlib.TopologicalSorter({1: []}); ts.prepare()
for bad in [lambda: ts.prepare(), lambda: ts.add(5), lambda: ts.done(9), lambda: ts.done(1)]:
    try: bad()
    except ValueError as e: print(e)
q = queue.Queue(); [q.put(i) for i in range(3)]; print(q.qsize(), q.get(), q.get(), q.empty(), q.full())
pq = queue.PriorityQueue(); [pq.put(x) for x in [(3, "c"), (1, "a"), (2, "b")]]; print([pq.get() for _ in range(3)])
lq = queue.LifoQueue(maxsize=2); lq.put(1); lq.put(2); print(lq.full(), lq.get(), lq.get())
try: lq.get_nowait()
except queue.Empty: print("empty")
try: queue.Queue(1).put_nowait(1) or queue.Queue(0).get(block=False)
except queue.Empty: print("empty2")
bq = queue.Queue(maxsize=1); bq.put(1)
try: bq.put_nowait(2)
except queue.Full: print("full")
sq = queue.SimpleQueue(); sq.put("x"); print(sq.get(), sq.empty(), sq.qsize())
q.task_done(); q.task_done(); q.task_done(); q.join(); print(q.unfinished_tasks)
