# Recursive Fibonacci: Python-to-Python call overhead and small-int arithmetic.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    for n in range(20, 31):
        total += fib(n)
    print("fib(30) =", fib(30))
    print("sum fib(20..30) =", total)


main()
