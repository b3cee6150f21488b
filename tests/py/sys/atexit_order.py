import atexit
import sys
def f(x, y=0):
    print("f", x, y)
def g():
    print("g runs")
def never():
    print("unregistered")
atexit.register(f, 1, y=2)
print(atexit.register(g) is g)
atexit.register(never)
atexit.register(f, 3)
atexit.unregister(never)
print("main done")
sys.exit(4)
