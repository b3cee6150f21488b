x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7
print(x)
y = 7.5
y /= 2
print(y)
z = 0b1100
z &= 0b1010; z |= 1; z ^= 0b11; z <<= 3; z >>= 1
print(z)
s = "a"
s *= 3
print(s)
d = {'k': [1]}
d['k'] += [2]
print(d)
class O: pass
o = O(); o.n = 1
o.n += 1
print(o.n)
