print([x * y for x in range(1, 4) for y in range(1, 4) if x != y])
print([[i * j for j in range(3)] for i in range(3)])
print([c for word in ["ab", "cd"] for c in word], [i for i in range(10) if i % 2 if i % 3])
print([(lambda v: v + 1)(i) for i in range(3)], [x for x in "abc"][::-1])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix], [sum(r) for r in matrix])
print([y for x in [[1, 2], [3]] for y in x], [n for n in range(20) if all(n % d for d in range(2, n)) and n > 1])
