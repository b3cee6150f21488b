# Points with sin/cos (pyperformance's "float"): float objects created and
# dropped by the hundred thousand, attribute access, method calls.

from math import cos, sin, sqrt


class Point:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return f"<Point: x={self.x:.6f}, y={self.y:.6f}, z={self.z:.6f}>"

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best.maximize(p)
    return best


def run(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    return maximize(points)


def main():
    for _ in range(3):
        result = run(60000)
    print(result)


main()
