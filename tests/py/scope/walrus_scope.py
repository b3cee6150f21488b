data = [1, 5, 3, 8]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 5])
print(y)
total = 0
sums = [total := total + v for v in data]
print(sums, total)
while (chunk := data.pop()) != 5:
    print("chunk", chunk)
