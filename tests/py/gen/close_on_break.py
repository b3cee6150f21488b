def g():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator finalized")
for v in g():
    if v == 2:
        break
    print(v)
gen = g()
print(next(gen))
gen.close()
print(gen.gi_frame is None)
try:
    next(gen)
except StopIteration:
    print("closed generator stops")
