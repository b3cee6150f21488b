try:
    class C:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(e)
class S:
    __slots__ = "only"
s = S()
s.only = 1
print(s.only, S.__slots__, type(S.only).__name__)
del s.only
try:
    s.only
except AttributeError as e:
    print(e)
try:
    del s.only
except AttributeError as e:
    print(e)
class W:
    __slots__ = ("a", "__weakref__")
print(list(W.__dict__))
class T(tuple):
    __slots__ = ()
try:
    T().x = 1
except AttributeError as e:
    print(e)
try:
    class Bad(int):
        __slots__ = ("v",)
except TypeError as e:
    print(e)
