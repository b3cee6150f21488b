# Function and method attributes.
def f(a, b=2, *args, c, d=4, **kw):
    """Doc of f."""
    x = a + b
    def inner():
        return x + a
    return inner
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__defaults__, f.__kwdefaults__, f.__annotations__, f.__dict__)
co = f.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_varnames)
print(co.co_cellvars, co.co_freevars, co.co_filename.endswith("function_attributes.py"))
print(f.__code__ is f.__code__, f.__globals__["f"] is f)
i = f(1, c=3)
print(i.__closure__ is not None, len(i.__closure__), [c.cell_contents for c in i.__closure__])
print(i.__code__.co_freevars, i.__qualname__, i())
def nodoc(): pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__, nodoc.__closure__)
def g(): pass
g.__name__ = "renamed"
g.__qualname__ = "Outer.renamed"
g.__doc__ = "new doc"
g.__module__ = "elsewhere"
g.__wrapped__ = f
g.tag = [1]
print(g.__name__, g.__qualname__, g.__doc__, g.__module__, g.__wrapped__ is f, g.tag)
print(sorted(g.__dict__))
print(repr(g).startswith("<function Outer.renamed at 0x"))
try:
    g.__name__ = 5
except TypeError as e:
    print(e)
try:
    g.nothing
except AttributeError as e:
    print(e)
def wraps(wrapped):
    def deco(wrapper):
        for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
            setattr(wrapper, attr, getattr(wrapped, attr))
        wrapper.__dict__.update(wrapped.__dict__)
        wrapper.__wrapped__ = wrapped
        return wrapper
    return deco
def logged(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@logged
def add(x: int, y: int = 1) -> int:
    "Add two numbers."
    return x + y
print(add(2), add.__name__, add.__doc__, add.__wrapped__.__annotations__)
class C:
    def m(self, x):
        return x
c1, c2 = C(), C()
print(c1.m == c1.m, c1.m == c2.m, c1.m != c1.m, c1.m.__func__ is C.m, c1.m.__self__ is c1)
print(c1.m.__name__, c1.m.__qualname__, c1.m.__doc__, hash(c1.m) == hash(c1.m))
print(repr(c1.m).startswith("<bound method C.m of <__main__.C object at 0x"))
print(len, repr(abs), type(len).__name__)
print(len.__name__, [].append.__name__, repr([].append).startswith("<built-in method append of list object at 0x"))
def cellful():
    v = 1
    def get():
        return v
    def put(n):
        nonlocal v
        v = n
    return get, put
get, put = cellful()
cell = get.__closure__[0]
put(42)
print(cell.cell_contents, get.__closure__[0] is put.__closure__[0])
def empty_cell():
    def inner():
        return late
    c = inner.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print(e)
    late = 1
    return c.cell_contents
print(empty_cell())
def f(a, b=1, *, c=2):
    return a, b, c
f.__defaults__ = (10,)
print(f(0), f.__defaults__)
f.__defaults__ = (5, 6)
print(f(), f.__defaults__)
f.__kwdefaults__ = {"c": 30}
print(f(1), f.__kwdefaults__)
f.__defaults__ = None
try:
    f()
except TypeError as e:
    print(e)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print(e)
f.__kwdefaults__ = None
try:
    f(1)
except TypeError as e:
    print(e)
