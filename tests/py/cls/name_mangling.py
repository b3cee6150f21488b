class A:
    def __init__(self):
        self.__secret = "a-secret"
        self._single = "single"
    def reveal(self):
        return self.__secret
    def __private(self):
        return "private method"
    def call(self):
        return self.__private()
class B(A):
    def __init__(self):
        super().__init__()
        self.__secret = "b-secret"
b = B()
print(b.reveal(), b._B__secret, b._A__secret, b.call(), sorted(vars(b)))
try:
    b.__secret
except AttributeError as e:
    print(e)
print(hasattr(A, "_A__private"), hasattr(A, "__private"))
