print((1.0).is_integer(), (1.5).is_integer(), (0.75).as_integer_ratio(), (-2.5).as_integer_ratio())
print((1.0).hex(), (0.1).hex(), (-2.5).hex(), float.fromhex('0x1.8p1'), (0.0).hex())
print(float.fromhex('-0x1p-1074'), (3.7).__trunc__(), int(-3.7), math_floor := __import__('math').floor(-3.7))
try:
    float('inf').as_integer_ratio()
except OverflowError as e:
    print(e)
try:
    float('nan').as_integer_ratio()
except ValueError as e:
    print(e)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, divmod(7.5, -2), 2.0 ** -1, (-8.0) ** 2)
print(1e308 + 1e308, 5 % -0.0 if False else "skip", 0.1 * 3 == 0.3, abs(-0.0))
