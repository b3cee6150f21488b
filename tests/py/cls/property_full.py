class T:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        "celsius"
        return self._c
    @c.setter
    def c(self, v):
        self._c = v
    @c.deleter
    def c(self):
        print("deleting")
        del self._c
    @property
    def ro(self):
        return 1
t = T()
t.c = 30
print(t.c, T.c.__doc__)
del t.c
print(hasattr(t, '_c'))
try:
    t.ro = 2
except AttributeError as e:
    print(e)
