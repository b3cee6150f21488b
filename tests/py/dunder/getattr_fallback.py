class G:
    real = 1
    def __getattr__(self, name):
        if name.startswith('x'):
            return name * 2
        raise AttributeError(f"no {name}")
g = G()
print(g.real, g.xy)
try:
    g.other
except AttributeError as e:
    print(e)
print(getattr(g, 'zz', 'default'), hasattr(g, 'xa'), hasattr(g, 'q'))
