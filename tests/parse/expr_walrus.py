(x := 1)
if (n := len(a)) > 10:
    pass
while chunk := read():
    pass
[y := f(x), y ** 2]
[z for x in data if (z := g(x))]
f(a := 1, b := 2)
print(x := 3)
a[b := 1]
a[b := 1, c]
{(k := 1): v}
{x := 1, 2}
