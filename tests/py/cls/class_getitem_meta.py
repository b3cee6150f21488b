class M(type): pass
class C(metaclass=M):
    def __class_getitem__(cls, k): return ("cg", k)
print(C[1], type[int], list[list[int]])
try:
    M[1]
except TypeError as e:
    print(e)
