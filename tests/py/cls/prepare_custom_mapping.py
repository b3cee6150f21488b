class Mapping:
    def __init__(self):
        self.keys_ = []
        self.vals = {}
    def __getitem__(self, k):
        return self.vals[k]
    def __setitem__(self, k, v):
        if k not in self.vals:
            self.keys_.append(k)
        self.vals[k] = v
    def __delitem__(self, k):
        del self.vals[k]
        self.keys_.remove(k)
    def __iter__(self):
        return iter(self.keys_)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Mapping()
    def __new__(mcls, name, bases, ns):
        print("keys", [k for k in ns if not k.startswith("__")])
        return super().__new__(mcls, name, bases, {k: ns[k] for k in ns})
class C(metaclass=Meta):
    b = 1
    a = 2
    def f(self): return self.a + self.b
    b = 3
    del a
    a = 5
print(C().f(), [k for k in C.__dict__ if not k.startswith("__")])
try:
    type.__new__(Meta, "X", (), Mapping())
except TypeError as e:
    print(e)
try:
    type("X", "notatuple", {})
except TypeError as e:
    print(e)
try:
    type(1, (), {})
except TypeError as e:
    print(e)
try:
    type("X", (1,), {})
except TypeError as e:
    print(e)
