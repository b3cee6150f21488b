vals = [0.1, 0.1 + 0.2, 1.0, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, -0.0,
        1e22, 1.5e300 * 1e10, -1e400, float('nan'), 2.5, 1/3, 100.0, 1e-320]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-Infinity"), float("  1.5  "), float("1_0.5"), float(" nan "))
try:
    float("abc")
except ValueError as e:
    print(e)
