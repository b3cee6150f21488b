import functools
@functools.total_ordering
class Ver:
    def __init__(self, *p):
        self.p = p
    def __eq__(self, o):
        return self.p == o.p
    def __lt__(self, o):
        return self.p < o.p
    def __repr__(self):
        return "v" + ".".join(map(str, self.p))
vs = [Ver(1, 2), Ver(1, 0), Ver(0, 9)]
print(sorted(vs), max(vs), Ver(1) <= Ver(1), Ver(2) > Ver(1))
class Log:
    def __eq__(self, o):
        print("eq called")
        return True
print(Log() == 1, Log() != 1)
try:
    object() < object()
except TypeError as e:
    print(e)
