"""Averages and spread of numeric data: mean, fmean, median (low/high/grouped), mode,
multimode, variance, stdev, pvariance, pstdev, geometric_mean, harmonic_mean.

Sums are exact (each value as an integer ratio), so results are correctly rounded and
an all-int input can give an int result, as in CPython."""

import math
from collections import Counter

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean', 'median',
           'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
           'pvariance', 'stdev', 'variance', 'quantiles']


class StatisticsError(ValueError):
    pass


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class _Ratio:
    """An exact fraction num/den (den > 0, lowest terms)."""
    __slots__ = ('num', 'den')

    def __init__(self, num, den=1):
        if den < 0:
            num, den = -num, -den
        g = _gcd(num, den) or 1
        self.num = num // g
        self.den = den // g

    def __add__(self, other):
        return _Ratio(self.num * other.den + other.num * self.den, self.den * other.den)

    def __sub__(self, other):
        return _Ratio(self.num * other.den - other.num * self.den, self.den * other.den)

    def __mul__(self, other):
        return _Ratio(self.num * other.num, self.den * other.den)

    def div_int(self, n):
        return _Ratio(self.num, self.den * n)


def _exact(x):
    if isinstance(x, bool):
        return _Ratio(int(x))
    if isinstance(x, int):
        return _Ratio(x)
    if isinstance(x, float):
        if x != x or x in (float('inf'), float('-inf')):
            raise _NonFinite(x)
        n, d = x.as_integer_ratio()
        return _Ratio(n, d)
    ratio = getattr(x, 'as_integer_ratio', None)
    if ratio is not None:
        n, d = ratio()
        return _Ratio(n, d)
    try:
        return _Ratio(x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None


class _NonFinite(Exception):
    def __init__(self, value):
        self.value = value


def _coerce(T, S):
    # The type a mix of T and S values averages to.
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int or T is bool:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if T.__name__ == 'Fraction' and S is float:
        return S
    if S.__name__ == 'Fraction' and T is float:
        return T
    raise TypeError("can't convert type '%s' to numerator/denominator" % S.__name__)


def _sum(data):
    """(result type, exact total, count); a nan or inf total comes back as a float."""
    T = int
    total = _Ratio(0)
    count = 0
    special = None
    for x in data:
        T = _coerce(T, type(x))
        count += 1
        try:
            total = total + _exact(x)
        except _NonFinite as nf:
            special = nf.value if special is None else special + nf.value
    return T, (total if special is None else special), count


def _convert(value, T):
    if not isinstance(value, _Ratio):
        return value
    if T is bool:
        T = int
    if T is int:
        if value.den == 1:
            return value.num
        return value.num / value.den
    if T is float:
        return value.num / value.den
    try:
        return T(value.num) / T(value.den)
    except Exception:
        return value.num / value.den


def mean(data):
    """The arithmetic mean; an int when the data are ints and the mean is whole."""
    data = list(data)
    if len(data) < 1:
        raise StatisticsError('mean requires at least one data point')
    T, total, n = _sum(data)
    if not isinstance(total, _Ratio):
        return total / n
    return _convert(total.div_int(n), T)


def fmean(data, weights=None):
    """The mean as a float, computed quickly."""
    data = list(data)
    if weights is None:
        n = len(data)
        if n == 0:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / n
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    num = math.fsum(x * w for x, w in zip(data, weights))
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing '
                              'positive numbers') from None


def harmonic_mean(data, weights=None):
    """The reciprocal of the mean of reciprocals (optionally weighted)."""
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if weights is None:
        weights = [1] * n
        sum_weights = _Ratio(n)
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _sum(weights)
    if any(x < 0 for x in data):
        raise StatisticsError('harmonic mean does not support negative values')
    try:
        # Each term is a float division, as in CPython; only the sum is exact.
        T, total, _ = _sum([w / x if w else 0 for w, x in zip(weights, data)])
    except ZeroDivisionError:
        return 0
    if not isinstance(total, _Ratio) or total.num <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(_Ratio(sum_weights.num * total.den, sum_weights.den * total.num), T)


def median(data):
    """The middle value, or the mean of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1):
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    # The class containing the median runs from x - interval/2 to x + interval/2.
    i = 0
    while i < n and data[i] < x:
        i += 1
    j = i
    while j < n and data[j] == x:
        j += 1
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    L = x - interval / 2.0
    cf = i
    f = j - i
    return L + interval * (n / 2 - cf) / f


def mode(data):
    """The most common value (the first seen, among ties)."""
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    """The most common values, in order of first appearance."""
    counts = Counter(iter(data))
    if not counts:
        return []
    best = max(counts.values())
    return [value for value, count in counts.items() if count == best]


def _ss(data, c=None):
    """(type, exact sum of squared deviations from c or the mean, count)."""
    T, total, n = _sum(data)
    if not isinstance(total, _Ratio):
        return T, total, n
    if c is None:
        center = total.div_int(n)
    else:
        center = _exact(c)
    ss = _Ratio(0)
    for x in data:
        d = _exact(x) - center
        ss = ss + d * d
    return T, ss, n


def variance(data, xbar=None):
    """The sample variance (divides by n - 1)."""
    data = list(data)
    n = len(data)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    T, ss, n = _ss(data, xbar)
    if not isinstance(ss, _Ratio):
        return ss
    return _convert(ss.div_int(n - 1), T)


def pvariance(data, mu=None):
    """The population variance (divides by n)."""
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    T, ss, n = _ss(data, mu)
    if not isinstance(ss, _Ratio):
        return ss
    return _convert(ss.div_int(n), T)


def _isqrt(n):
    try:
        return math.isqrt(n)
    except AttributeError:
        pass
    if n == 0:
        return 0
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def _sqrt_ratio(r):
    """sqrt(num/den) as a correctly rounded float."""
    n, m = r.num, r.den
    if n == 0:
        return 0.0
    # Scale by 4**k so the integer square root has ~110 bits, make it round-to-odd
    # (an inexact root gets its last bit set), then one correctly rounded division.
    k = (n.bit_length() - m.bit_length() - 109) // 2
    if k >= 0:
        top, bottom = n, m << (2 * k)
    else:
        top, bottom = n << (-2 * k), m
    root = _isqrt(top // bottom)
    if root * root * bottom != top:
        root |= 1
    if k >= 0:
        return float(root << k)
    return root / (1 << -k)


def stdev(data, xbar=None):
    """The sample standard deviation."""
    data = list(data)
    n = len(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    T, ss, n = _ss(data, xbar)
    if not isinstance(ss, _Ratio):
        return math.sqrt(ss)
    return _sqrt_ratio(ss.div_int(n - 1))


def pstdev(data, mu=None):
    """The population standard deviation."""
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    T, ss, n = _ss(data, mu)
    if not isinstance(ss, _Ratio):
        return math.sqrt(ss)
    return _sqrt_ratio(ss.div_int(n))


def quantiles(data, *, n=4, method='exclusive'):
    """n - 1 cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError('Unknown method: %r' % (method,))
