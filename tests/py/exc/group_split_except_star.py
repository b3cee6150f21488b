# ExceptionGroup construction, split/subgroup/derive and except* semantics.
leaf1, leaf2, leaf3 = ValueError(1), TypeError(2), ValueError(3)
inner = ExceptionGroup("inner", [leaf3, KeyError("k")])
eg = ExceptionGroup("outer", [leaf1, leaf2, inner])
print(repr(eg), "|", eg, "|", eg.message, len(eg.exceptions))
print(str(ExceptionGroup("one", [ValueError()])))
m, r = eg.split(ValueError)
print(repr(m), "|", repr(r))
print(m.exceptions[0] is leaf1, m.exceptions[1].exceptions[0] is leaf3)
print(repr(eg.subgroup(LookupError)), repr(eg.subgroup(OSError)), eg.subgroup(Exception) is eg)
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print(repr(eg.split((TypeError, KeyError))))
d = eg.derive([ValueError("d")])
print(repr(d), type(d).__name__)
b = BaseExceptionGroup("b", [ValueError(1)])
print(type(b).__name__, type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
for bad in [lambda: ExceptionGroup("x", []), lambda: ExceptionGroup(1, [ValueError()]),
            lambda: ExceptionGroup("x", 5), lambda: ExceptionGroup("x", [1]),
            lambda: ExceptionGroup("x", [KeyboardInterrupt()]), lambda: eg.split(5),
            lambda: ExceptionGroup("x")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
eg.add_note("a note")
m, r = eg.split(TypeError)
print(m.__notes__, r.__notes__, m.__notes__ is eg.__notes__)

def run(exc):
    try:
        try:
            raise exc
        except* ValueError as g:
            print("  values:", repr(g))
        except* TypeError as g:
            print("  types:", repr(g))
            raise
        except* KeyError:
            print("  keys")
            raise RuntimeError("from handler")
    except BaseException as e:
        print("  escaped:", type(e).__name__, repr(e))
    else:
        print("  nothing escaped")

print("naked value"); run(ValueError("v"))
print("naked type"); run(TypeError("t"))
print("naked other"); run(OSError("o"))
print("group"); run(ExceptionGroup("g", [ValueError(1), TypeError(2)]))
print("group with key"); run(ExceptionGroup("g", [ValueError(1), KeyError(2), OSError(3)]))
print("nested"); run(ExceptionGroup("g", [ExceptionGroup("h", [TypeError(1), ValueError(2)]), OSError(3)]))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError(1)
    except* int:
        pass
except TypeError as e:
    print(e)
def handler_value():
    n = 0
    try:
        raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
    except* ValueError as g:
        n = len(g.exceptions)
    return n
print(handler_value())
