print([chr(c) for c in range(65, 70)], [ord(c) for c in "az09"], chr(955), ord("λ"))
print(bin(0), bin(255), oct(0), oct(9), hex(-1), hex(2 ** 64), int(bin(37), 2), int(hex(999), 16))
print(bool(), int(), float(), str(), list(), tuple(), dict(), set(), complex())
print(int("  -5\n"), float("-.5"), float("1e3"), str(12.0), str(-0.0), bool([0]))
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    bin(1.5)
except TypeError as e:
    print(e)
