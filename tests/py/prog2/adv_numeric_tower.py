class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("radd", other)
        return self.__add__(other)
    def __iadd__(self, other):
        print("iadd", other)
        if isinstance(other, Money):
            self.cents += other.cents
            return self
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Money(round(self.cents * k))
        return NotImplemented
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Money) and o.cents == self.cents
    def __lt__(self, o):
        if not isinstance(o, Money):
            return NotImplemented
        return self.cents < o.cents
    def __hash__(self):
        return hash(self.cents)
    def __bool__(self):
        return self.cents != 0
    def __neg__(self):
        return Money(-self.cents)
    def __abs__(self):
        return Money(abs(self.cents))
    def __index__(self):
        return self.cents

m = Money(5)
print(m + 3, 3 + m, sum([Money(1), Money(2)], Money(0)), sum([Money(1), Money(2)]))
m += Money(1)
print(m)
m += 2
print(m)
print(m * 2, 2 * m, 1.5 * m, -m, abs(-m), bool(Money(0)))
for expr in ["m + 'a'", "'a' + m", "m * m", "m < 3", "m @ m", "m ** 2", "divmod(m, 2)", "m / 2"]:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, "->", e)
print(sorted([Money(3), Money(1), Money(2)]), max(Money(3), Money(9)))
print([10, 20, 30, 40][Money(2)], hex(Money(255)), bin(Money(5)), range(10)[Money(3)])
print(Money(1) == Money(1), Money(1) != Money(2), Money(1) in {Money(1)})
try:
    Money(1) > Money(2) > 0
except TypeError as e:
    print(e)

class MyInt(int):
    def __add__(self, o):
        return MyInt(int(self) + int(o) + 100)
    def __radd__(self, o):
        return MyInt(int(o) + int(self) + 1000)
    def __repr__(self):
        return f"MyInt({int(self)})"
print(MyInt(1) + 1, 1 + MyInt(1), MyInt(1) + MyInt(2), 1.5 + MyInt(1))
x = 5
x += MyInt(1)
print(x, type(x).__name__)
for a in ["s", [1], (1,)]:
    try:
        a + Money(1)
    except TypeError as e:
        print(e)

class F(float):
    def __rsub__(self, o):
        return "rsub"
print(1 - F(2.0), F(2.0) - 1, 2.5 - F(1.0))

from fractions import Fraction
from decimal import Decimal
print(Fraction(1, 3) + 1, 1 + Fraction(1, 3), Fraction(1, 2) + 0.5, Fraction(3, 4) * 2)
print(Decimal("1.1") + 2, 2 * Decimal("1.5"))
try:
    Decimal("1.1") + 1.0
except TypeError as e:
    print(e)
print(True + True, True * 3.5, -True, ~True, 7 // True, complex(1, 2) + True)
print(divmod(-7, 2), divmod(7.5, -2), (-7) % 3, 7 % -3, -7 // 2, 2 ** -1, (-8) ** (1/3) != 0)
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(12345, -2), round(Fraction(5, 2)))
print(int.__add__(1, 2), int.__radd__(1, 2), float.__rtruediv__(2.0, 1), int.__add__(1, 2.0))
print((1).__truediv__(0) if False else "skip", (3).__rpow__(2), (2.0).__rpow__(3))
import operator
print(operator.add(Money(1), 2), operator.iadd([1], [2]), operator.index(Money(4)))
