class Count:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)))
c = Count(2)
print(next(c), next(c), next(c, "done"))
for x in Count(2):
    print("for", x)
class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
try:
    iter(5)
except TypeError as e:
    print(e)
