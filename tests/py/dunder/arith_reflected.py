class R:
    def __radd__(self, o):
        return f"radd({o})"
    def __rsub__(self, o):
        return f"rsub({o})"
    def __rtruediv__(self, o):
        return f"rtruediv({o})"
    def __rpow__(self, o):
        return f"rpow({o})"
print(1 + R(), 2 - R(), 3 / R(), 4 ** R())
class Sub(int):
    def __radd__(self, o):
        return "Sub wins"
print(1 + Sub(2))
class NI:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return "NI.radd"
try:
    NI() + NI()
except TypeError as e:
    print("same type, no reflection:", e)
print(NI() + 1 if False else 1 + NI())
try:
    NI() - 1
except TypeError as e:
    print(e)
