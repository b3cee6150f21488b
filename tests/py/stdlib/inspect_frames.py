# inspect.currentframe/stack/getframeinfo/getouterframes/trace, traceback's
# print_stack/extract_stack/format_stack/walk_stack, warnings' stacklevel.
import inspect
import sys
import traceback
import warnings

sys.stderr = sys.stdout


def where():
    f = inspect.currentframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, inspect.isframe(f), inspect.getlineno(f)


print(where())


def info():
    fi = inspect.getframeinfo(inspect.currentframe())
    print(fi.filename == __file__, fi.lineno, fi.function, fi.code_context, fi.index)
    print(fi.positions)
    print(fi[2], len(fi))
    fi3 = inspect.getframeinfo(sys._getframe(), context=3)
    print(fi3.code_context, fi3.index)
    fi0 = inspect.getframeinfo(sys._getframe(), context=0)
    print(fi0.code_context, fi0.index)


info()


def level2():
    return [(s.function, s.lineno, s.code_context, s.index) for s in inspect.stack()]


def level1():
    return level2()


print(level1())
st = inspect.stack()[0]
print(type(st).__name__, st.frame is not None, st.function, st.filename == __file__)
print(repr(st).startswith("FrameInfo(frame=<frame at 0x"))
print(inspect.getouterframes(sys._getframe())[0][3])


def fails():
    raise RuntimeError("x")


try:
    fails()
except RuntimeError:
    print([(t.function, t.lineno, t.code_context) for t in inspect.trace()])


def args(a, b, *rest, k=1, **kw):
    return inspect.getargvalues(sys._getframe())


ai = args(1, 2, 3, k=4, z=5)
print(ai.args, ai.varargs, ai.keywords, sorted(ai.locals))


def show_stack():
    traceback.print_stack()
    print(traceback.format_stack(limit=1))
    print([fs.name for fs in traceback.extract_stack()])
    print([(f.f_code.co_name, n) for f, n in traceback.walk_stack(sys._getframe())])
    traceback.print_stack(sys._getframe(), limit=1, file=sys.stdout)


def caller():
    show_stack()


caller()


def deprecated():
    warnings.warn("old api", DeprecationWarning, stacklevel=2)


def uses_deprecated():
    deprecated()


warnings.simplefilter("always")
uses_deprecated()
deprecated()


def three_up():
    warnings.warn("three", UserWarning, stacklevel=3)


def mid():
    three_up()


mid()
warnings.warn("too far", UserWarning, stacklevel=10)
with warnings.catch_warnings(record=True) as got:
    warnings.simplefilter("always")
    mid()
print([(w.lineno, w.filename == __file__, str(w.message)) for w in got])
