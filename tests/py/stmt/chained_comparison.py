def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2)
print(v(1) < v(2) < v(0) < v(5))
x = 5
print(0 <= x < 10, x == 5 != 6, 1 < x in [5], None is None is not False)
print([1, 2] < [1, 2, 0] <= [1, 3])
