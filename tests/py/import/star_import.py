from pkg import *
print(greet("star"), CONST)
print(sorted(n for n in dir() if not n.startswith("__")))
