def f(x):
    if x:
        return 1
    return 2
def g(x):
    if x:
        return
    print(x)
