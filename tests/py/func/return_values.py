def none():
    pass
def multi():
    return 1, 2
def early(x):
    if x:
        return "early"
    return "late"
print(none(), multi(), early(1), early(0))
a, b = multi()
print(a + b)
