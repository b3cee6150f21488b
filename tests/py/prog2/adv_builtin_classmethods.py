# Class methods of builtin types bind as builtin methods; bound-method reprs.
print(type(dict.fromkeys).__name__, type({}.fromkeys).__name__, type(int.from_bytes).__name__)
print(dict.fromkeys("ab", 1), {}.fromkeys([1]), int.from_bytes(b"\x01\x00", "big"))
class D(dict):
    pass
print(D.fromkeys("a"), type(D.fromkeys("a")).__name__, repr(D.fromkeys).split(" at ")[0])
print(repr(dict.fromkeys).split(" at ")[0], dict.fromkeys.__self__, D.fromkeys.__self__)
print(repr(object.__subclasshook__).split(" at ")[0], type(object.__init_subclass__).__name__)
class C:
    m = classmethod(len)
    def f(self):
        pass
print(C.m, type(C.m).__name__)
print(repr(C().f).split(" at ")[0])
import functools
class P:
    p = functools.partial(print, "partial")
print(bytes.fromhex("41 42"), bytearray.fromhex("43"), float.fromhex("0x1p3"), str.maketrans("a", "b"))
