data = [1, 2, "three", 4]
total = sum([x * 2 for x in data if x + 0 > 0])
print(total)
