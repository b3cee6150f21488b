def g():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")
it = g()
print("created")
for x in it:
    print("got", x)
print(it.gi_running, it.gi_frame)
def nat():
    n = 0
    while True:
        yield n
        n += 1
import itertools
print(list(itertools.islice(nat(), 5)))
print(type(g()).__name__)
