class A:
    def __lt__(self, o):
        print("A.lt")
        return NotImplemented
class B:
    def __gt__(self, o):
        print("B.gt")
        return True
print(A() < B())
try:
    A() < A()
except TypeError as e:
    print(e)
print(1 == "1", None == 0, [1] == [1.0], (1, 2) < (1, 3))
