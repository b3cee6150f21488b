# Subclasses of builtin types and the dunder protocols' errors.
class MyList(list):
    def __repr__(self): return "MyList" + super().__repr__()
m = MyList([3, 1, 2]); m.sort(); print(m, m + [4], type(m + [4]).__name__, m[:1], type(m[:1]).__name__, len(m), MyList("ab"))
class MyStr(str):
    def shout(self): return self.upper() + "!"
s = MyStr("hi"); print(s.shout(), s + "x", type(s + "x").__name__, type(s.upper()).__name__, s == "hi", {s: 1}["hi"], repr(s), f"{s}")
class MyInt(int):
    def __add__(self, o): return MyInt(int(self) + o + 100)
i = MyInt(5); print(i + 1, 1 + i, type(i * 2).__name__, i.bit_length(), repr(i), str(i), f"{i:03d}", MyInt("12"), MyInt(3.7), isinstance(i, int))
class MyDict(dict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
d = MyDict(); d["a"] = 1; d.update(b=2); print(d, MyDict(a=3), type(d.copy()).__name__, d | {"z": 0}, type(d | {}).__name__)
class Celsius(float):
    def __new__(cls, v): return super().__new__(cls, round(v, 1))
    def __str__(self): return f"{float(self)}°C"
c = Celsius(21.456); print(c, repr(c), c + 1, type(c + 1).__name__, f"{c:.2f}")
class Pt(tuple):
    def __new__(cls, x, y): return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Pt(1, 2); print(p, p.x, p + (3,), len(p), type(p).__mro__[1].__name__, p == (1, 2))
class Stack(list):
    push = list.append
    def peek(self): return self[-1]
st = Stack(); st.push(1); st.push(2); print(st.peek(), st.pop(), st, bool(Stack()))
class OD(dict):
    def __missing__(self, k): self[k] = [] ; return self[k]
o = OD(); o["x"].append(1); o["y"]; print(o)
class E(Exception):
    def __init__(self, code, msg): super().__init__(msg); self.code = code
    def __str__(self): return f"E{self.code}: {self.args[0]}"
try: raise E(404, "nf")
except E as e: print(e, repr(e), e.args)
class E2(ValueError): pass
try: raise E2("a", "b")
except ValueError as e: print(e, repr(e), type(e).__mro__[1:3])
print(E2(), repr(E2()), str(E2(5)), E2.__name__, E2.__module__, E2.__qualname__)
class Num:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"N{self.v}"
print(sorted([Num(3), Num(1)]), max(Num(1), Num(5)), min([Num(2), Num(0)]), Num(1) > Num(0))
try: Num(1) <= Num(2)
except TypeError as e: print(e)
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print("eq called"); return NotImplemented
print(Cmp(1) == Cmp(1), Cmp(1) != 5, Cmp(1) in [1, 2])
class Bool:
    def __len__(self): return 0
class Bool2:
    def __bool__(self): return 1
print(bool(Bool()), not Bool())
try: bool(Bool2())
except TypeError as e: print(e)
class L:
    def __len__(self): return -1
try: len(L())
except ValueError as e: print(e)
class H:
    def __hash__(self): return "x"
try: hash(H())
except TypeError as e: print(e)
class R:
    def __repr__(self): return 5
try: repr(R())
except TypeError as e: print(e)
class S:
    def __str__(self): return None
try: str(S())
except TypeError as e: print(e)
class I:
    def __index__(self): return 2
print([1, 2, 3][I()], "abc"[I()], bin(I()), range(I()), hex(I()), [0] * I(), (1, 2, 3, 4)[I():])
class IntLike:
    def __int__(self): return 7
    def __float__(self): return 7.5
print(int(IntLike()), float(IntLike()), round(2.5), complex(IntLike()) if hasattr(complex, "__new__") else 0)
