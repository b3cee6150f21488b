# Generators: a tree walked by recursive `yield from`, generator pipelines and
# generator expressions feeding builtins.


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left is not None:
            yield from self.left
        yield self.value
        if self.right is not None:
            yield from self.right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(build(lo, mid), mid, build(mid + 1, hi))


def naturals(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(it):
    for x in it:
        yield x * x


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def main():
    tree = build(0, 20000)
    total = 0
    for _ in range(12):
        for v in tree:
            total += v
    print("tree sum", total)
    print("pipeline", sum(evens(squares(naturals(200000)))))
    print("genexpr", sum(x * 3 for x in range(200000) if x % 3 == 1))
    print("max", max(x ^ (x >> 3) for x in naturals(100000)))


main()
