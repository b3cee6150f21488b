from dataclasses import dataclass, field
@dataclass(order=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
a = P(1, 2)
print(a, a == P(1, 2), a < P(1, 3))
print(sorted([P(2), P(1, 5), P(1, 1)]))
