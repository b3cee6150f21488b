x = 1
y = x + 1
x, y = y, x
a = b = c = 7
print(x, y, a, b, c)
name = "moult"
print(name, len(name), name * 2)
