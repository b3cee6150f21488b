x = 1
if x is 1: print("a")
y = x is not "s"
print(x is None, x is ..., x is True)
try: None()
except TypeError as e: print(e)
try: [1, 2][1.5]
except TypeError as e: print(e)
try: print((1, 2)
   (3, 4))
except TypeError as e: print(e)
try: 5[0]
except TypeError as e: print(e)
assert (x, "msg")
z = "ab"["x"] if False else 0
def f(): return x is (1, 2)
k = [i for i in "ab"]["s" if False else 0]
w = x is -1
if 1 < x is 2: pass
