# formatting
print(f"{3.14159:=^12.3f}|{42:+08d}|{255:#x}|{255:#o}|{255:#b}|{1234567:,}|{1234567:_}|{0.000123:e}")
print(f"{12345.678:,.2f}|{-0.0:+}|{1e100:g}|{1e-5:g}|{123456789.0:g}|{0.5:%}|{0.125:.1%}")
x = 5; name = "bob"
print(f"{x=}", f"{name!r}", f"{name=!s}", f"{x*2 = }", f"{x=:>5}")
w = 10; p = 3
print(f"{3.14159:{w}.{p}f}|")
print(f"{'abc':>{w}}|{'abc':<{w}}|{'abc':^{w}}|{'abc':*^9}")
print("%5d|%-5d|%05d|%x|%X|%o|%e|%.3g|%s|%r|%%|%c|%c" % (42, 42, 42, 255, 255, 8, 12345.678, 0.00001234, "s", "s", 65, "z"))
print("%(a)s-%(b)05.1f" % {"a": 1, "b": 2.25})
print(format(1234.5, "08.2f"), format(-1234.5, "=+12,.1f"), format(10, "b"), format(10, "#06x"))
print(format(3, "c") if False else format(97, "c"), format("hi", "5"), format(5, "5"), format(2.5, "5"))
print("{0}{1}{0}".format("a", "b"), "{:>{}}".format("x", 4), "{a[0]}{b.real}".format(a=[9], b=3))
print("{!r:>10}".format("q"), "{:,d}".format(-1234567), "{:_x}".format(0xdeadbeef))
print(format(1e16, ""), format(1.0, ""), str(1e16), repr(1e-7), 1e22, 1.5e-300*1e-300)
print(format(123.456, ".0f"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), round(2.675, 2))
print(format(float('nan'), "10.2f"), format(float('inf'), "+"), format(-float('inf'), "010"))
print("{:g}".format(1e-4), "{:g}".format(1e-5), "{:G}".format(1e20), "{:.3}".format(1234.5), "{:.10}".format(1/3))
print("{:n}".format(12345), "{:10.3e}".format(0), "{:#.0f}".format(5), "{:#g}".format(1.0))
print(f"{'nested':{'>'}{12}}")
print(repr(0.1+0.2), 1/3, 2/3, 10/3, 1e15+0.3, 123456789012345678.0, -0.0, 5e-324, 1.7976931348623157e308)
print(2**100, -2**63, 10**30 // 7, -7 // 2, -7 % 3, 7 % -3, divmod(-7, 2), divmod(7.5, 2), pow(3, -1, 7), pow(2, 10, 1000))
print(int("  42  "), int("-0x1f", 16), int("0b101", 0), int("1_000"), float(" 1e3 "), float("-inf"), float("nan"))
for bad in ["abc", "", "1.5", "0x", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
for bad in ["abc", "", "1e", "--1"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
try:
    int("z", 37)
except ValueError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    float([])
except TypeError as e:
    print(e)
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(1234, -2), round(1.5e300), type(round(2.5)))
print(int(3.9), int(-3.9), int(True), float(10**20), 10**20/3, 7/2, 8//3.0, 2**-1, (-8)**(1/3))
print(abs(-5), abs(-2.5), max([3,1,2]), min(3,1,2), max("abc", key=ord), sum([1,2,3], 10), sum([0.1]*10))
print(hex(-255), oct(8), bin(-5), chr(9731), ord("☃"), ascii("é☃"), repr("é\n\t\x00'\""))
print(repr('a"b'), repr("a'b"), repr("a'b\"c"), str(b"a'b"), repr(b'\xff\x00a'), bytes([65,66]), bytearray(b"hi"))
# Shortest repr: of two equally short candidates the nearer one wins.
print(1e15 + 0.3, 1000000000000000.25, 2**53 + 0.5, 0.1 * 3, 1 / 3 * 3, 4.35 * 100, 1.1 + 2.2)
