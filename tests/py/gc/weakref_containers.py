# weakref.ref/proxy/finalize/WeakMethod and the weak containers: entries go when referents die.
import gc
import weakref

class Obj:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "Obj(%d)" % self.n

d = weakref.WeakValueDictionary()
objs = [Obj(i) for i in range(5)]
for o in objs:
    d[o.n] = o
print(len(d), sorted(d.keys()))
del objs[1:3]
print(len(d), sorted(d.keys()), d.get(1), 3 in d, 4 in d)
print(sorted(v.n for v in d.values()))

k = weakref.WeakKeyDictionary()
a, b = Obj(1), Obj(2)
k[a] = "a"; k[b] = "b"
print(len(k), k[a], a in k)
del a
print(len(k), sorted(k.values()))

s = weakref.WeakSet()
x, y = Obj(10), Obj(20)
s.add(x); s.add(y)
print(len(s), x in s)
del y
print(len(s), [o.n for o in s])

def bye(name):
    print("finalized", name)
z = Obj(99)
f = weakref.finalize(z, bye, "z")
print(f.alive)
del z
print(f.alive)
w = Obj(5)
f2 = weakref.finalize(w, bye, "w")
print(f2(), f2.alive, f2())

class C:
    def m(self):
        return "m called"
c = C()
wm = weakref.WeakMethod(c.m)
print(wm()())
del c
print(wm())

cyc = Obj(7); cyc.me = cyc
r = weakref.ref(cyc, lambda r: print("cycle ref callback"))
del cyc
gc.collect()
print(r())
p = weakref.proxy(Obj(3))
try:
    print(p.n)
except ReferenceError as e:
    print("ReferenceError:", e)
