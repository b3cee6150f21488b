class Plugin:
    registry = []
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.key = key
        Plugin.registry.append(cls.__name__)
class A(Plugin, key="a"): pass
class B(A): pass
print(Plugin.registry, A.key, B.key)
try:
    class Bad(Plugin, nope=1): pass
except TypeError as e:
    print(e)
