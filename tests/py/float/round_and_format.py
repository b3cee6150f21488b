print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(2.675, 2), round(1.5, 0))
print(round(123.456, -1), round(1e300, 2), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(f"{3.14159:.2f}|{3.14159:10.3f}|{-3.1:+.1f}|{1234.5:,.1f}|{0.5:%}|{0.125:.1%}")
print(f"{1e10:e}|{1.5e-7:.2e}|{12345.678:g}|{0.00001234:g}|{1e20:g}|{2.0:g}")
print(format(1.0, ''), format(1e16, ''), format(float('inf'), '5'), format(float('nan'), '+'))
try:
    round(float('inf'))
except OverflowError as e:
    print(e)
try:
    round(float('nan'))
except ValueError as e:
    print(e)
