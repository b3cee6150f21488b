from decimal import Decimal, getcontext, ROUND_HALF_UP, localcontext, InvalidOperation
from fractions import Fraction
import statistics as st
print(Decimal("1.1") + Decimal("2.2"), Decimal(1) / Decimal(7), Decimal("1.005").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal(0.1), repr(Decimal("3.14")))
print(Decimal("10").sqrt(), Decimal("2") ** 10, Decimal("-1.50").normalize(), Decimal("1e3"), Decimal("1.23E+5").to_eng_string(), str(Decimal("0.000001")), Decimal("NaN"), Decimal("-Infinity"))
with localcontext() as ctx:
    ctx.prec = 5; print(Decimal(1) / Decimal(3))
print(round(Decimal("2.675"), 2), int(Decimal("7.9")), float(Decimal("1.5")), Decimal("1.20") == Decimal("1.2"), Decimal(5).compare(Decimal(3)), getcontext().prec)
try: Decimal("abc")
except InvalidOperation as e: print(type(e).__name__, e)
print(Decimal("12.345").as_tuple(), Decimal(3).exp() if False else "", Decimal("7") % Decimal("3"), Decimal("-7") // Decimal("2"), divmod(Decimal(7), Decimal(2)), Decimal("1.1").__round__())
print(Fraction(3, 4) + Fraction(1, 4), Fraction("0.75"), Fraction(0.5), Fraction(1, 3) * 3, repr(Fraction(2, 6)), Fraction(7, 2).limit_denominator(3), Fraction(1, 3) ** 2, float(Fraction(1, 8)))
print(Fraction(3.14159).limit_denominator(100), round(Fraction(7, 2)), Fraction(-7, 2).__floor__(), Fraction(5, 10).numerator, Fraction(1,3) < 0.5, Fraction(1, 3) == Fraction(2, 6), hash(Fraction(1, 2)) == hash(0.5), f"{Fraction(1,3):.3f}" if False else "")
data = [2.5, 3.1, 4.7, 1.2, 3.1, 5.0]
print(st.mean(data), st.median(data), st.mode(data), st.stdev(data), st.variance(data), st.pstdev(data), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(st.harmonic_mean([1, 2, 4]), st.geometric_mean([1, 2, 4]), st.quantiles(range(1, 11), n=4), st.multimode("aabbc"), st.fmean([1, 2, 3]), st.mean([Fraction(1, 2), Fraction(1, 3)]), st.mean([1, 2, 3, 4]))
try: st.mean([])
except st.StatisticsError as e: print(e)
print(st.correlation([1, 2, 3], [2, 4, 7]), st.linear_regression([1, 2, 3], [2, 4, 6]), st.NormalDist(0, 1).cdf(1.0), st.NormalDist(5, 2))
