print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110, ~5, ~-1)
print(1 << 70, (1 << 70) >> 65, -16 >> 2, -1 >> 100)
print((255).bit_length(), (-256).bit_length(), (0).bit_length(), (7).bit_count())
print(-5 & 0xFF, -5 | 2, -5 ^ -3, (2**80) & (2**80 - 1))
try:
    1 << -1
except ValueError as e:
    print(e)
