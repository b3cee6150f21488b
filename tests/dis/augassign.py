x = 0
x += 1
x -= 2
o.attr *= 3
d[k] //= 4
