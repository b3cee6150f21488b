for a in (7, -7):
    for b in (3, -3):
        print(a, b, a // b, a % b, divmod(a, b))
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
print(7 / 2, -7 / 2, 6 / 3, type(6 / 3).__name__)
try:
    5 / 0
except ZeroDivisionError as e:
    print(e)
