import sys
sys.setrecursionlimit(20000)
def depth(n): return 0 if n == 0 else 1 + depth(n - 1)
print(depth(15000))
def ack(m, n):
    if m == 0: return n + 1
    if n == 0: return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(2, 300))
sys.setrecursionlimit(1000)
def inf(n): return inf(n + 1)
try: inf(0)
except RecursionError as e: print(e)
l = []
for i in range(100000): l = [l]
print(len(str(l)) if False else 'nested ok')
try: repr(l)
except RecursionError as e: print('repr', e)
d = {}
for i in range(2000): d = {'k': d}
try: print(len(repr(d)))
except RecursionError as e: print('dict repr', e)
import json
try: json.dumps(l)
except RecursionError as e: print('json', e)
x = eval('(' * 150 + '1' + ')' * 150); print(x)
try: eval('(' * 250 + '1' + ')' * 250)
except (SyntaxError, RecursionError, MemoryError) as e: print(type(e).__name__, e)
