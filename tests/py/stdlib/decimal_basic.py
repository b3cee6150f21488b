from decimal import *
print(Decimal('1.10') + Decimal('2.205'), Decimal(1)/Decimal(3), Decimal(2)/Decimal(4), Decimal('1e3'), Decimal('100')/Decimal('4'), Decimal(10)/Decimal('0.1'), Decimal('-0'), Decimal('0.000001'), Decimal('0.0000001'), Decimal(123456789).scaleb(20), Decimal('1.23E+5'), Decimal(0.1))
print(repr(Decimal('3.14')), Decimal('7') // Decimal('-2'), Decimal('7') % Decimal('-2'), Decimal('-7') % Decimal('2'), Decimal('1.5') ** 2, Decimal(2) ** -2, Decimal('2.5').quantize(Decimal('1')), Decimal('3.14159').quantize(Decimal('0.01')), Decimal('2.675').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP), round(Decimal('2.5')), round(Decimal('3.14159'), 2), int(Decimal('-3.9')), float(Decimal('0.1')))
print(f'{Decimal("1234.5"):.2f}', f'{Decimal("1234.5"):,.2f}', f'{Decimal("0.5"):>8}', f'{Decimal("12.345"):.1f}', format(Decimal('1e-10'), 'f'), Decimal('1.30').normalize(), Decimal('100').normalize(), Decimal('5') == 5, Decimal('0.5') == 0.5, Decimal('1.0') == Decimal('1'), hash(Decimal('1.0')) == hash(1), hash(Decimal('0.5')) == hash(0.5), sum([Decimal('0.1')] * 3), Decimal('0.1') * 3 == Decimal('0.3'))
for f in [lambda: Decimal(1) / 0, lambda: Decimal(0)/0, lambda: Decimal('abc'), lambda: Decimal('1').quantize(Decimal('1e-30'))]:
    try: print(f())
    except Exception as e: print(type(e).__name__, repr(e), isinstance(e, ArithmeticError), isinstance(e, ZeroDivisionError))
print(Decimal('19.99') * 3, Decimal('100.00') - Decimal('33.333'), Decimal('10') / Decimal('3'), Decimal('1') / Decimal('8'), Decimal('2').sqrt(), Decimal('16').sqrt(), Decimal('0.25').sqrt(), Decimal(-5).copy_abs(), -Decimal('1.50'), abs(Decimal('-0.0')), Decimal('1.5e-7') * 2, Decimal('12345678901234567890.123456789') + 1)
print(f'{Decimal("0.125"):.2f}', f'{Decimal("-1234567.891"):,.2f}', f'{Decimal("3.5"):08.2f}', f'{Decimal("0.075"):.1%}', f'{Decimal("1234.5"):e}', f'{Decimal("1234.5"):.2e}', f'{Decimal("42"):+}', f'{Decimal("7.25"):^10}|', f'{Decimal("1.5"):g}')
getcontext().prec = 5; print(Decimal(1)/Decimal(7), Decimal('123456789') + 0, +Decimal('123456789'), Decimal('1.23456789') * 1)
with localcontext() as ctx:
    ctx.prec = 3; print(Decimal(2).sqrt(), Decimal(22)/7)
print(Decimal(22)/7, Decimal((0, (1, 4), -1)), Decimal('-1.5').as_tuple(), Decimal('Infinity'), Decimal('-inf'), Decimal('nan'), Decimal(5).compare(Decimal(3)), max(Decimal('1.5'), Decimal('2')), sorted([Decimal('0.3'), Decimal('-1'), 2]))
getcontext().prec = 28
total = Decimal('0'); 
for price in ['19.99', '5.01', '0.10', '100']: total += Decimal(price)
print(total, total * Decimal('1.0825'), (total * Decimal('1.0825')).quantize(Decimal('0.01')), Decimal('1.05') ** 10, Decimal(2) ** 100, Decimal('0.1') + Decimal('0.2') == Decimal('0.3'), Decimal('3.000') / Decimal('1.5'), Decimal(100) * Decimal('0.00'))
print(Decimal(' 12 '), Decimal('1_000'), Decimal('-.5'), Decimal('5.'), Decimal(-0.0), Decimal(1.5), Decimal(10**30), Decimal('1E+2') + 0, Decimal('1e2').quantize(Decimal(1)), int(Decimal('1e3')), Decimal('2.50').as_integer_ratio(), Decimal(7) // 2, divmod(Decimal(7), Decimal(2)), Decimal('-7.5') // 2)
for f in [lambda: Decimal(1) + 1.5, lambda: 1.5 + Decimal(1), lambda: 2.0 / Decimal(1), lambda: Decimal(1) - 1j]:
    try: f()
    except TypeError as e: print(e)
