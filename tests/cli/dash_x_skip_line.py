this line is not Python @@@
import sys
print(sys.argv[1:])
def f():
    raise ValueError("line five")
f()
