cases = [lambda: [][0], lambda: {}["k"], lambda: int("x"), lambda: None.attr, lambda: undefined_name,
         lambda: "a" + 1, lambda: 1 + "a", lambda: [] + (), lambda: len(5), lambda: abs("x"),
         lambda: -"s", lambda: "s" * "t", lambda: 1 < "a", lambda: [].nope, lambda: object().__dict__,
         lambda: int.nope, lambda: (1).real.x, lambda: next(iter([])), lambda: sorted(5), lambda: ~1.5]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__ + ":", e)
