# complex arithmetic over mixed operands (differential against python3).
vals = [0j, 1j, -1j, 1 + 1j, 2.5 - 0.5j, complex(-0.0, 0.0), complex(0.0, -0.0), 3, -2, 0, 0.5, -0.0, True, 1e308 + 1e308j, complex(float("inf"), 0), complex(0, float("nan")), 1e-320j, 10**20]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b), ("**", lambda a, b: a ** b), ("==", lambda a, b: a == b), ("!=", lambda a, b: a != b)]
def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, repr(r))
for a in vals:
    print("==", repr(a), end=" ")
    show("un", lambda: (-a, +a, abs(a), bool(a), complex(a), a.conjugate() if isinstance(a, complex) else None, str(complex(a))))
    for b in vals:
        if not isinstance(a, complex) and not isinstance(b, complex):
            continue
        for name, f in ops:
            show(repr(a) + name + repr(b), lambda: f(a, b))
print([hash(complex(x, y)) for x in (0.0, 1.0, -2.5, 1e100) for y in (0.0, 1.0, -1.0, 3.25)])
