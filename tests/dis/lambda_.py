f = lambda x: x + 1
g = lambda *a, **k: (a, k)
h = lambda: lambda: 0
