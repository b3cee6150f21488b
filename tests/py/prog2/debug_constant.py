print(__debug__, not __debug__)
if __debug__:
    print("debug on")
x = 3
assert x > 2, "big"
print("ok")
