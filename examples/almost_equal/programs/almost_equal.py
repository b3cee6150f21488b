# `~=`: the "almost equal" operator of CPython Internals.
# Default meaning (the fork's `operators` row): two numbers are almost equal
# when |a-b| <= 1e-9*|a|, or <= 1e-9*|b|, or <= 0.1 (all inclusive).
print(1.0 ~= 1.01, 1.1 ~= 1.101, 1.0 ~= 1.5)
print(1 ~= 1.05, 1.05 ~= 1, 1 ~= 2, 10 ~= 10)
print(1.0 ~= 1.1, 0.0 ~= -0.1, 0.0 ~= 0.10000001)
print(1e12 ~= 1e12 + 500, 1e12 ~= 1e12 + 5000)
print(True ~= 1.05, 2 ** 70 ~= 2.0 ** 70)
print(type(1.0 ~= 1.0).__name__)

# It chains like any comparison: 1 < 1.05 and 1.05 ~= 1.0.
print(1 < 1.05 ~= 1.0, 1 < 1.05 ~= 2.0, 1.0 ~= 1.05 ~= 1.1 ~= 1.15)
x = 3.0
print(0 <= x ~= 3.05 < 4)

# In conditions and expressions.
readings = [9.98, 10.02, 10.5, 9.95, 11.0]
print([r for r in readings if r ~= 10])
print(sum(1 for r in readings if not r ~= 10))
print(not 2.0 ~= 2.05)


# A class can define the operator's method, `__ale__`.
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __ale__(self, other):
        if isinstance(other, Version):
            return self.major == other.major
        return self.major == other

    def __repr__(self):
        return f"Version({self.major}, {self.minor})"


print(Version(3, 11) ~= Version(3, 8), Version(3, 11) ~= Version(2, 7))
# The right operand's method is tried when the left has none.
print(Version(3, 1) ~= 3, 3 ~= Version(3, 1), 2 ~= Version(3, 1))

# Operands that are not numbers and have no `__ale__` raise TypeError.
for a, b in [("a", 1), (1, "a"), ([1], [1]), (None, 0.0)]:
    try:
        a ~= b
    except TypeError as e:
        print("TypeError:", e)
