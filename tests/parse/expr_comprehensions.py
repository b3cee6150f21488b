[x for x in y]
[x for x in y if x if not z]
[x * y for x in a for y in b if x != y]
{x for x in y}
{k: v for k, v in d.items()}
(x for x in y)
f(x for x in y)
[(a, b) for a, b in pairs]
[[y for y in x] for x in m]
[x for x in (yield_) ]
sum(i for i in range(10) if i % 2)
