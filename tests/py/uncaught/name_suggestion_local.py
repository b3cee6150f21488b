def compute(values):
    total_sum = 0
    for value in values:
        total_sum += value
    return totl_sum
print(compute([1, 2]))
