# complex arithmetic, powers, hashing, formatting and parsing details.
z = complex(3, -4)
print(z * z, z / (1 + 1j), z ** 3, z ** -2, z ** 0, (1 + 2j) ** (0.5 + 0.5j), 0j ** 0, 2 ** (1j))
print(z + True, z - 1.5, 3 / z, 2.0 ** z, -z, +z, abs(-2j), z.conjugate(), z.real + z.imag)
print((-8) ** (1 / 3), (-2.0) ** 0.5, pow(-1, 0.5), (-1) ** 0.5 == 1j)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(complex(1, 2)), hash(-1j))
print(z == complex(3, -4), z != 3, 1j == 1, complex(2) == 2, bool(0j), bool(1j), bool(complex(0, -0.0)))
print(complex(), complex(1.5), complex(True), complex(1j), complex(1j, 1j), complex(1, 1j), complex(real=2, imag=3))
print(repr(complex(float("nan"), float("inf"))), repr(complex(-float("inf"), -0.0)), repr(1e300 * 1e300j))
print(format(z, ""), format(z, "g"), format(z, ".3f"), format(z, "+.1e"), format(1j, ""), format(1j, "g"), format(-0j, ""))
print(format(z, "^20"), format(z, "*<18.2f"), format(1 + 2j, "n"), f"{z!r:>10}", format(1.5j, ".2"), format(1e20 + 1j, ","))
print("{:.1f}".format(2.25 + 0.75j), "{0.real} {0.imag}".format(z), "%s %r" % (z, z))
for f in [lambda: z // 2, lambda: z % 1, lambda: z < 1, lambda: z >= z, lambda: 0j ** -1, lambda: 1 / 0j,
          lambda: complex("1", "2"), lambda: complex(None), lambda: complex(1, "2"), lambda: format(z, "05"),
          lambda: format(z, "=10"), lambda: format(z, "d"), lambda: float(z), lambda: complex("1e500j")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for s in ["1.5e-3-2.5E+2j", "-inf-infj", "NaN", ".5j", "5.j", "(1)", "( 2+3j )", "+1-1j", "INFINITYj", "1_0.0_1"]:
    print(repr(complex(s)))
for s in ["1+2", "1jj", "1e", "--1", "1__0", "_1", "()", "1+2j)", "j j"]:
    try:
        complex(s)
    except ValueError as e:
        print(repr(s), e)
print(..., Ellipsis, type(...).__name__, ... is Ellipsis, repr(...), [1, ...], hash(...) == hash(Ellipsis))
