print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2, 0 ** 0, 10 ** -3)
print(pow(3, 4, 5), pow(2, 100, 1000000007), pow(-3, 3, 7), pow(3, -1, 7))
try:
    pow(3, 2, 0)
except ValueError as e:
    print(e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
print(pow(2, 0.5), 4 ** 0.5, (-8) ** (1/3))
