counter = 0
def make():
    global counter
    counter += 1
    print("default computed", counter)
    return counter
def f(x=make()):
    return x
print(f(), f(), f(10), counter)
def g(lst=None):
    lst = [] if lst is None else lst
    lst.append(1)
    return lst
print(g(), g())
