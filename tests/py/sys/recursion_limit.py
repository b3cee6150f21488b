import sys
sys.setrecursionlimit(100)
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
def depth(n):
    return n if n >= 50 else depth(n + 1)
print(depth(0))
