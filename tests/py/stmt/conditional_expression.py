for x in (0, 1, -1, None, "", "s"):
    print(repr(x), "truthy" if x else "falsy", x or "default", x and "and")
print(1 if True else 1 / 0)
print([] or {} or 0 or "last")
print(1 and 2 and 3, 1 and 0 and 3)
