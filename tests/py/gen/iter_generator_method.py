# Classes whose __iter__ is a generator function, iterated by for loops,
# yield from, comprehensions and builtins.


class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c


t = Node(1, Node(2, Node(3)), Node(4, Node(5), Node(6)))
print(list(t), [x * 2 for x in t], sum(t), max(t))
for x in t:
    print(x, end=" ")
print()


class WithDefault:
    def __iter__(self, n=3):
        yield from range(n)


print(list(WithDefault()), [y for y in WithDefault()])


# __iter__ replaced after the class statement.
class Late:
    pass


def late_iter(self):
    yield "late"


Late.__iter__ = late_iter
print(list(Late()))
Late.__iter__ = lambda self: iter([1, 2])
print(list(Late()))


# A subclass of list whose __iter__ is a generator.
class Rev(list):
    def __iter__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]


r = Rev([1, 2, 3])
print([x for x in r], list(r), list.__iter__(r).__next__())


# Inherited generator __iter__, and super().__iter__ from a generator.
class Base:
    def __iter__(self):
        yield "base"


class Child(Base):
    def __iter__(self):
        yield "child"
        yield from super().__iter__()


print(list(Child()))


# An error inside __iter__'s generator surfaces at the first item.
class Broken:
    def __iter__(self):
        raise ValueError("broken " + type(self).__name__)
        yield


try:
    for x in Broken():
        print("never")
except ValueError as e:
    print("caught", e)


# Generator __iter__ with a wrong signature fails like a call.
class BadSig:
    def __iter__(self, needed):
        yield needed


try:
    iter(BadSig())
except TypeError as e:
    print("TypeError", e)
try:
    for x in BadSig():
        pass
except TypeError as e:
    print("TypeError", e)


# Deep recursion through __iter__ generators.
class Chain:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        yield self.n
        if self.n:
            yield from Chain(self.n - 1)


print(sum(Chain(50)))
try:
    sum(Chain(100000))
except RecursionError:
    print("RecursionError")
