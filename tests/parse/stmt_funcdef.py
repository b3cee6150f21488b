def f(): pass
def f(a, b): pass
def f(a, b=1, *args, c, d=2, **kw): pass
def f(a, /, b, *, c): pass
def f(a, b=1, /, c=2): pass
def f(*, a): pass
def f(**kw): pass
def f(a: int, b: str = "x", *args: int, **kw: dict) -> bool:
    return True
def f(a,): pass
def f(*args,): pass
def f(a, /): pass
