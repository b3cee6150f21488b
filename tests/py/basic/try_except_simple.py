try:
    1 / 0
except ZeroDivisionError:
    print("caught division by zero")
try:
    int("abc")
except ValueError as e:
    print("caught:", e)
finally:
    print("finally")
