z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), -z, z * 1j, z / 2)
print(complex(1, 2), complex("1+2j"), complex(" 3j "), complex(2), 1j ** 2, (1 + 1j) ** 2)
print(repr(0j), repr(-0j), repr(1j), repr(complex(1, -0.0)), repr(complex(0, 1.5)), repr(2 + 0j))
print(z == 3 + 4j, z != 3, hash(1 + 0j) == hash(1), complex(float('inf'), 1))
try:
    z < z
except TypeError as e:
    print(e)
try:
    1j / 0
except ZeroDivisionError as e:
    print(e)
try:
    complex("x")
except ValueError as e:
    print(e)
print(f"{z:.2f}", format(1.5 + 2j, '>20'))
