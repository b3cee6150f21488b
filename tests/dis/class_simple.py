class A:
    x = 1
    def method(self):
        return self.x
class B(A, metaclass=M):
    "doc"
