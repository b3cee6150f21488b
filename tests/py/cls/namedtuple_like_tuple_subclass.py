def namedtuple(typename, field_names):
    fields = tuple(field_names.replace(",", " ").split())
    def __new__(cls, *args, **kw):
        vals = list(args) + [kw[f] for f in fields[len(args):]]
        if len(vals) != len(fields):
            raise TypeError(f"expected {len(fields)} arguments")
        return tuple.__new__(cls, vals)
    def __repr__(self):
        return f"{type(self).__name__}(" + ", ".join(f"{f}={v!r}" for f, v in zip(fields, self)) + ")"
    def _asdict(self):
        return dict(zip(fields, self))
    @classmethod
    def _make(cls, it):
        return cls(*it)
    def _replace(self, **kw):
        return type(self)(*[kw.get(f, v) for f, v in zip(fields, self)])
    ns = {"__new__": __new__, "__repr__": __repr__, "_asdict": _asdict, "_make": _make,
          "_replace": _replace, "_fields": fields, "__slots__": (), "__match_args__": fields}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i], doc=f"Alias for field number {i}")
    return type(typename, (tuple,), ns)
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], len(p), p == (1, 2), p._asdict(), Point._make([3, 4]), p._replace(y=9))
x, y = p
print(x + y, isinstance(p, tuple), hash(p) == hash((1, 2)), sorted([Point(2, 1), Point(1, 5)]))
print(Point.__mro__, Point.x.__doc__, Point._fields)
try:
    p.z = 1
except AttributeError as e:
    print(e)
try:
    p.x = 5
except AttributeError as e:
    print(e)
class P3(Point):
    def norm(self): return (self.x ** 2 + self.y ** 2) ** 0.5
print(P3(3, 4).norm(), P3(3, 4))
