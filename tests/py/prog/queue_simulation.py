from collections import deque
import heapq
q = deque()
for i in range(5):
    q.append(i)
q.appendleft(-1)
q.rotate(2)
print(q, q.popleft(), q.pop(), len(q))
events = [(5, "e"), (1, "a"), (3, "c"), (2, "b")]
heapq.heapify(events)
order = []
while events:
    t, name = heapq.heappop(events)
    order.append(name)
    if name == "a":
        heapq.heappush(events, (4, "d"))
print(order, heapq.nsmallest(2, [5, 1, 4]), heapq.nlargest(1, "abc"))
import random
rng = random.Random(12345)
print([rng.randint(1, 6) for _ in range(10)], rng.choice("abcdef"))
