for i in range(3):
    print("i =", i)
squares = []
for v in [1, 2, 3, 4]:
    squares.append(v * v)
print(squares)
for ch in "abc":
    print(ch, end=" ")
print()
