for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
for x in []:
    pass
else:
    print("empty else")
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for i in range(3):
    pass
print("i after loop", i)
