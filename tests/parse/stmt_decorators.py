@dec
def f(): pass
@dec.attr
@dec(1, x=2)
@a[0].b
@(lambda f: f)
@x := y
def g(): pass
@dataclass
class C:
    @property
    def p(self): return 1
    @p.setter
    def p(self, v): pass
