class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = name.lower()
        return cls
    def __call__(cls, *a):
        print("creating", cls.__name__)
        return super().__call__(*a)
class A(metaclass=Meta, flag=True):
    def m(self): pass
class B(A):
    pass
print(A.tag, B.tag, type(B).__name__)
B()
print(isinstance(A, Meta), type(type))
