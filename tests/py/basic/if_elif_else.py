for n in range(-2, 4):
    if n < 0:
        print(n, "negative")
    elif n == 0:
        print(n, "zero")
    elif n % 2:
        print(n, "odd")
    else:
        print(n, "even")
if not []:
    print("empty list is falsy")
