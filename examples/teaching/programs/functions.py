# `define` makes a function.
define square(x):
    return x * x

define factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)

define greet(who, greeting="Hello"):
    show greeting + ", " + who + "!"

show square(12)
show [factorial(k) for k in range(8)]
greet("Grace")
greet("Alan", greeting="Hi")

define gcd(a, b):
    repeat:
        a, b = b, a % b
    until b == 0
    return a

show gcd(1071, 462), gcd(17, 5)
