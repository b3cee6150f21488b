u = int | str
print(u, type(u), u.__args__, int | None, None | int, (int | str) | float, int | int, u == (str | int), hash(u) == hash(str|int))
print(isinstance(1, int | str), isinstance(1.5, int | str), issubclass(bool, int | str), isinstance(None, int | None))
try: int | 3
except TypeError as e: print(e)
print(int | str | int)
class A: pass
print(A | None, isinstance(A(), (int, (str, A))), isinstance(3, (float, int | None)))
try: isinstance(1, 3)
except TypeError as e: print(e)
try: issubclass(int, (int, 3))
except TypeError as e: print(e)
try: issubclass(3, int)
except TypeError as e: print(e)
