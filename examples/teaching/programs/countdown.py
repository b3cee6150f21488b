# `repeat ... until`: the body runs at least once.
n = 5
repeat:
    show n
    n -= 1
until n == 0
show "liftoff!"

# The condition is checked after the body, so this runs once.
tries = 0
repeat:
    tries += 1
until True
show "tries:", tries

# Halving until small, counting the steps.
x = 1000
steps = 0
repeat:
    x = x // 2
    steps += 1
until x < 10
show x, steps
