x = None
print(x, x is None, x is not None, x == None, type(x).__name__)
print(True and False, True or False, not True, 1 == 1.0, "a" != "b", 3 >= 3, 2 < 1)
print(bool(0), bool(1), bool(""), bool("x"), bool([]), bool([0]), bool(None))
