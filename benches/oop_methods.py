# Method calls: small classes, inheritance, bound methods, attribute reads and writes.


class Counter:
    def __init__(self):
        self.n = 0

    def inc(self):
        self.n += 1

    def add(self, k):
        self.n += k
        return self


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return self.name


class Rect(Shape):
    def __init__(self, w, h):
        Shape.__init__(self, "rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        Rect.__init__(self, s, s)
        self.name = "square"


class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r

    def area(self):
        return 3 * self.r * self.r


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


def main():
    c = Counter()
    for i in range(500000):
        c.inc()
        c.add(i).add(1)
    print("counter", c.n)
    shapes = []
    for i in range(1000):
        shapes.append(Rect(i % 7, i % 11))
        shapes.append(Square(i % 5))
        shapes.append(Circle(i % 3))
    total = 0
    names = {}
    for _ in range(40):
        for s in shapes:
            total += s.area()
            n = s.describe()
            names[n] = names.get(n, 0) + 1
    print("area", total, sorted(names.items()))
    v = Vec(0, 0)
    step = Vec(1, 2)
    d = 0
    for _ in range(200000):
        v = v + step
        d += v.dot(step)
    print("vec", v.x, v.y, d)


main()
