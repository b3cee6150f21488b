# Subclasses of int and float keep their own methods: the evaluation loop's
# shortcuts apply to the exact builtin types only.


class Num(int):
    def __add__(self, other):
        return "Num.__add__"

    def __lt__(self, other):
        return "Num.__lt__"


class Flt(float):
    def __mul__(self, other):
        return "Flt.__mul__"

    def __bool__(self):
        return False


print(Num(1) + 2, Num(1) < 2, 3 + Num(4), Num(5) - 1)
print(Flt(2.0) * 3.0, 3.0 * Flt(2.0), Flt(2.0) + 1, "falsy" if not Flt(1.0) else "truthy")
print("mixed compare", 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
