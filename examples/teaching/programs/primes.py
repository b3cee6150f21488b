# Lists, loops and `repeat` together: the primes below 60.
define is_prime(n):
    if n < 2:
        return False
    d = 2
    repeat:
        if d * d > n:
            return True
        if n % d == 0:
            return False
        d += 1
    until False

primes = []
for n in range(60):
    if is_prime(n):
        primes.append(n)
show primes
show "count:", len(primes), "sum:", sum(primes)

# Collatz: how many steps from 27 down to 1?
n = 27
steps = 0
repeat:
    if n % 2 == 0:
        n = n // 2
    else:
        n = 3 * n + 1
    steps += 1
until n == 1
show "collatz(27):", steps
