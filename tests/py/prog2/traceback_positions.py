import traceback
class O:
    attr = None
    def meth(self, *a): raise ValueError("m")
    @property
    def prop(self): return 1 / 0
o = O()
d = {"a": {"b": [1, 2]}}
none = None
cases = [
    lambda: d["a"]["c"],
    lambda: d["a"]["b"][5],
    lambda: o.attr.missing,
    lambda: o.meth(1, 2),
    lambda: o.prop,
    lambda: o.missing(1),
    lambda: none(),
    lambda: len(5) + 1,
    lambda: 1 + "a" * 2,
    lambda: [1, 2] + (3,),
    lambda: -none,
    lambda: o.attr[0],
    lambda: {k: 1 / k for k in range(3)},
    lambda: [x.y for x in [1]],
    lambda: (1, 2)[o.meth()],
    lambda: f"{1/0}",
    lambda: int("x") if True else 0,
    lambda: not none.x,
    lambda: d["a"]["b"][0]["x"],
    lambda: o.meth
        (1),
    lambda: (o
        .missing),
    lambda: d.get("a").get("z").bit_length(),
    lambda: max([]),
    lambda: sorted([3, "a"]),
    lambda: {}.pop("z"),
    lambda: o.attr + 1 if o else 0,
    lambda: 2 ** -1 // 0,
    lambda: [1][none],
    lambda: print(*none),
    lambda: dict(**{1: 2}),
    lambda: (lambda a: a)(),
    lambda: next(iter([])),
    lambda: o.meth(*[1], **{"k": 2}),
    lambda: "abc".foo.bar,
    lambda: d["a"]["b"].nope(),
    lambda: o.attr.attr.attr,
]
def run(f):
    try:
        f()
    except Exception:
        print(traceback.format_exc())
for c in cases:
    run(c)
def stmt_cases():
    x = None
    try:
        x.a = 1
    except Exception: print(traceback.format_exc())
    try:
        del x.a
    except Exception: print(traceback.format_exc())
    try:
        x[0] = 1
    except Exception: print(traceback.format_exc())
    try:
        a, b = x
    except Exception: print(traceback.format_exc())
    try:
        for i in x: pass
    except Exception: print(traceback.format_exc())
    try:
        with x: pass
    except Exception: print(traceback.format_exc())
    try:
        x = x - 1j
    except Exception: print(traceback.format_exc())
    try:
        d["a"]["b"][0] = d["a"]["b"][0] + "s"
    except Exception: print(traceback.format_exc())
    try:
        import nonexistent_mod_xyz
    except Exception: print(traceback.format_exc())
    try:
        from sys import nonexistent_name
    except Exception: print(traceback.format_exc())
    try:
        assert x, "x is None"
    except Exception: print(traceback.format_exc())
    try:
        raise ValueError("plain")
    except Exception: print(traceback.format_exc())
    try:
        if x > 1: pass
    except Exception: print(traceback.format_exc())
    try:
        while x < 1: pass
    except Exception: print(traceback.format_exc())
    try:
        y = [i for i in range(3) if i / 0]
    except Exception: print(traceback.format_exc())
    try:
        y = (yy for yy in x)
    except Exception: print(traceback.format_exc())
    try:
        class C(x.y): pass
    except Exception: print(traceback.format_exc())
    try:
        @x
        def g(): pass
    except Exception: print(traceback.format_exc())
    try:
        print(undefined_global)
    except Exception: print(traceback.format_exc())
    try:
        return_value = d["a"]["b"][0](1)
    except Exception: print(traceback.format_exc())
stmt_cases()
