# The builtin names that are types print and behave as types; class
# methods of builtin types are classmethod descriptors.
import builtins

names = sorted(n for n, v in vars(builtins).items() if isinstance(v, type) and not issubclass(v, BaseException) and n[0] != "_")
print(names)
print([n for n in ("super", "len", "print", "open", "iter", "next") if isinstance(getattr(builtins, n), type)])
print(super, type(super), super.__name__, super.__mro__, callable(super))


class A:
    def who(self):
        return "A"

    @classmethod
    def make(cls):
        return cls.__name__


class B(A):
    def who(self):
        s = super()
        return "B>" + s.who() + " " + str(isinstance(s, super)) + " " + type(s).__name__

    @classmethod
    def make(cls):
        return "B>" + super().make()


print(B().who(), B.make(), super(B, B()).who(), super(B, B).make(), isinstance(super(B, B()), super))
try:
    super(1, 2)
except TypeError as e:
    print(e)
try:
    super(B, 1)
except TypeError as e:
    print(e)
for t, n in [(dict, "fromkeys"), (int, "from_bytes"), (float, "fromhex"), (bytes, "fromhex"), (bytearray, "fromhex"), (object, "__init_subclass__"), (float, "__getformat__"), (type, "__prepare__")]:
    d = t.__dict__[n]
    print(type(d).__name__, d, d.__name__, d.__qualname__, d.__objclass__, type(getattr(t, n)).__name__)
fk = dict.__dict__["fromkeys"]
print(fk(dict, "ab"), fk.__get__(None, dict)([1]), fk.__get__({}, dict)([2]))


class MyDict(dict):
    pass


class MyInt(int):
    pass


print(type(MyDict.fromkeys("a")).__name__, MyDict.fromkeys("xy", 0), MyInt.from_bytes(b"\x01\x00", "little"), float.fromhex("0x1.8p1"), bytes.fromhex("41 42"))
for bad in [lambda: fk(5, [1]), lambda: fk(int, [1]), lambda: fk()]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(float.__getformat__("double"), float.__getformat__("float"))
try:
    float.__getformat__("int")
except ValueError as e:
    print(e)
print(int.__doc__.splitlines()[0], (5).__doc__ == int.__doc__, [].__doc__ == list.__doc__, "".__doc__.splitlines()[0], ValueError().__doc__)
print(dict.fromkeys.__qualname__, [].append.__qualname__, "".join.__qualname__, str.join.__qualname__, MyDict().get.__qualname__, len.__qualname__)


class Slotted:
    __slots__ = ("a", "b")


print(Slotted.a.__name__, Slotted.a.__qualname__, Slotted.b, type(Slotted.a).__name__)
print(list.__iadd__, type(list.__iadd__).__name__, int.__abs__, float.__divmod__, list.__reversed__, tuple.__getnewargs__)


class MyBytes(bytes):
    pass


class MyBA(bytearray):
    pass


class MyFloat(float):
    pass


print(type(MyInt.from_bytes(b"\x01", "big")).__name__, type(MyBytes.fromhex("41")).__name__, type(MyBA.fromhex("41")).__name__, type(MyFloat.fromhex("0x1p1")).__name__)
print(type(bytes.fromhex("41")).__name__, type(bytearray.fromhex("41")).__name__, type(int.from_bytes(b"\x02", "little")).__name__, MyFloat.fromhex("0x1p1"), MyBA.fromhex("4142"))
