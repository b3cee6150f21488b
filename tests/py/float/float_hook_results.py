# What __float__ / __index__ return is checked wherever a float is wanted.
import math
class BadF:
    def __float__(self): return 1
class GoodF:
    def __float__(self): return 2.25
class BadI:
    def __index__(self): return 1.5
class GoodI:
    def __index__(self): return 3
class NoneF:
    def __float__(self): return None
uses = [
    ("float", float), ("math.sqrt", math.sqrt), ("math.floor", math.floor),
    ("math.atan2", lambda x: math.atan2(x, 1)), ("complex", complex),
    ("complex2", lambda x: complex(1, x)), ("%f", lambda x: "%f" % x),
    ("%e", lambda x: "%.2e" % x), ("%g", lambda x: "%g" % x),
]
for name, f in uses:
    row = []
    for cls in [BadF, GoodF, BadI, GoodI, NoneF]:
        try:
            row.append(repr(f(cls())))
        except TypeError as e:
            row.append("TypeError: " + str(e))
    print(name)
    for r in row:
        print("   ", r)
