import math, fractions, decimal
vals = [0.5, 1.5, 2.5, -0.5, 1e16, 1.23e-5, 123456789.0, 1e23, 5e-324, 1.7976931348623157e308, float('nan'), float('-inf'), -0.0, 0.1, 2/3]
for spec in ['.0f', '.1f', 'g', '.3g', '.0e', 'n', '%', '.2%', 'e', '+.3f', ' g', '>12.4g', '#.0f', '#g', '.15g', '.17g', 'G', 'E', '010.2f', ',.2f', '_.1f']:
    print(spec, [format(v, spec) for v in vals])
print([repr(v) for v in vals], [str(v) for v in vals])
print(['%.0f' % v for v in [0.5, 1.5, 2.5, 3.5]], ['%g' % v for v in [1e-5, 1e-4, 1e15, 1e16, 123456, 1234567]], '%10.4s|' % 'abcdefg', '%-8.3e|' % 1234.5, '%#x %#o' % (255, 8))
print([round(v, n) for v, n in [(2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (1234.5678, -2), (-1.5, 0), (2.5, None), (1e300, 2), (5e-324, 400)]])
print(complex(float('nan'), 1), complex(float('inf'), -0.0), complex(-0.0, 0.0), complex(1e300, 1e-300), 1j ** 2, (1 + 1j) ** 0.5, abs(complex(3e200, 4e200)), format(1 + 2j, '.2f'), format(-1.5j, '>10'), f'{1j:g}')
print(divmod(7.5, float('inf')), divmod(-7.5, float('inf')), math.fmod(5, float('inf')), float('inf') % 5 if False else 'skip', 5 % float('-inf'), -5 % float('inf'), 0.0 * -1, -0.0 + 0.0, math.copysign(0.0, -1) == 0)
print(hash(float('inf')), hash(-0.0), hash(1.5), hash(2 ** 61 - 1), hash(-2 ** 61), hash(10 ** 30), hash(0.1), hash(1e300), hash(complex(1, 2)), hash((1, 2)), hash(()), hash(frozenset()), hash(None) != 0)
print(float.fromhex('-0x1.fffffffffffffp+1023'), (1.1).hex(), (0.0).hex(), (-2.5).hex(), float.fromhex('0x.8'), float('0x1p3'.replace('0x1p3', '8')), (7).__truediv__(2), (7).__floordiv__(-2), (2 ** 64).__rtruediv__(1))
F = fractions.Fraction
print(F(1, 3) + F(1, 6), F('3/4') * 2, F(0.5), F(1, 3) ** 2, float(F(22, 7)), F(10, -4), repr(F(1, 2)), F(1, 3) < 0.34, round(F(7, 2)), F(7, 2).limit_denominator(1), F(3.14159).limit_denominator(100), F(1, 2) == 0.5, abs(F(-1, 2)), F(5, 10).numerator)
D = decimal.Decimal
print(D('0.1') + D('0.2'), D(1) / D(7), D('1.10') * 3, D('2').sqrt(), repr(D('1.5')), D('1.245').quantize(D('0.01')), D('1.255').quantize(D('0.01'), rounding=decimal.ROUND_HALF_UP), D(0.1), str(D('1e3')), D('-0'), D('12.50').normalize(), round(D('2.5')), int(D('7.9')), D(10) ** 20)
print(math.floor(-0.5), math.ceil(-0.5), int(-0.5), round(-0.5), math.trunc(1e20), int(1e20), int(2.5e-3), math.isqrt(99), math.comb(5, 0), math.gcd(), math.gcd(0, 0), math.lcm(), 7 // 0.5, 7 % 0.5, 2 ** 0.5 == math.sqrt(2), 10 ** -3, 4 ** 0.5, (-8) ** 2, -8 ** 2, pow(-8, 1/3).real > 0)
print(float(True), int(' -0b101 '.strip(), 0), int('١٢٣'), float('١.٥'), int('  +7  '), float('  -1E-2  '), float('inf') == float('Infinity'), float('-nan') != 0, 3 .real, 1_000.5, 0x_ff, 0o_17, 0b_11, 1e1_0)
