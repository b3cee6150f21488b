x
1
f(x)
a.b.c
...
