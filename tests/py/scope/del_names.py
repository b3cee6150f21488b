a = 1
del a
try:
    a
except NameError as e:
    print(e)
lst = [0, 1, 2, 3, 4]
del lst[1], lst[-1]
print(lst)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
class O: pass
o = O(); o.x = 1
del o.x
print(hasattr(o, 'x'))
def f():
    v = 1
    del v
    return v
try:
    f()
except UnboundLocalError as e:
    print(e)
