lambda: 0
lambda x: x
lambda x, y=1: x + y
lambda *args, **kw: args
lambda a, /, b, *, c: a
lambda a=1, /, b=2, *, c=3, **d: 0
lambda *, k: k
lambda x: lambda y: x + y
f = lambda x,: x
