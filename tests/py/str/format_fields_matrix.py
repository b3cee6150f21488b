# str.format / format_map field syntax matrix (differential against python3).
class P:
    x = 5
    def __repr__(self):
        return "P()"
    def __format__(self, spec):
        return "P<" + spec + ">"
data = {"k": [10, 20, {"n": "deep"}], "0": "zero", "p": P()}
fmts = ["{}", "{0}", "{1}", "{0}{1}{0}", "{}{}", "{0}{}", "{}{0}", "{k}", "{k[0]}", "{k[2][n]}", "{p}", "{p:abc}", "{p!s:>5}",
        "{p.x}", "{p.x:03}", "{0.x}", "{0[0]}", "{0[1]}", "{0[-1]}", "{k[a]}", "{ }", "{0:}", "{0!r}", "{0!s:^7}", "{0!a}",
        "{:{}}", "{:{}.{}}", "{0:{1}}", "{0:{k}}", "{{}}", "}}{{", "{{{0}}}", "{", "}", "{0", "0}", "{!r}", "{0!}", "{0!rr}",
        "{0:{1:{2}}}", "{.x}", "{[0]}", "{0[}", "{0]}", "{0.}", "{0..x}", "{0[0]x}", "{0:\n}", "{0:%}", "{0:,}", "{00}",
        "{0:>{1}}", "{k[2]!r}", "{1e2}", "{-1}", "{k.x}", "{0:{}}"]
args_sets = [((P(), 7, "s"), {}), ((3.14159, 10, 2), data), ((["a", "b"],), {"k": {"a": 1}})]
for f in fmts:
    for args, kw in args_sets:
        try:
            r = f.format(*args, **kw)
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(repr(f), repr(r))
    try:
        r = f.format_map(data)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print("map", repr(f), repr(r))
for v, s in [(1.5, 'abc'), (1, 'abc'), ('x', 'abc'), (1j, 'abc'), (1.5, '.f'), (1, '5.'), (1, ',,'), (1, '_,'),
             (1, '<<5'), ('x', 'é'), (1, 'ÿ'), (1, '\x01'), (1.5, ' '), (1, '#'), (2.5, 'Q'), ('s', '\n')]:
    try:
        print(repr(format(v, s)))
    except ValueError as e:
        print(e)
