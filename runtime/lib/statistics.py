"""Averages and spread of numeric data: mean, fmean, median (low/high/grouped), mode,
multimode, variance, stdev, pvariance, pstdev, geometric_mean, harmonic_mean.

Sums are exact (each value as an integer ratio), so results are correctly rounded and
an all-int input can give an int result, as in CPython."""

import math
import random
from collections import Counter, namedtuple

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean', 'median',
           'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
           'pvariance', 'stdev', 'variance', 'quantiles', 'covariance', 'correlation',
           'linear_regression', 'LinearRegression', 'NormalDist']


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


# Two-variable statistics: float sums (math.fsum), as CPython 3.11 computes them.

def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same number of data points'
                              % what)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % what)
    return n


def _deviation_sums(x, y, n):
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((a - xbar) * (b - ybar) for a, b in zip(x, y))
    sxx = math.fsum((a - xbar) * (a - xbar) for a in x)
    return xbar, ybar, sxy, sxx


def covariance(x, y, /):
    """The sample covariance of x and y."""
    n = _paired(x, y, 'covariance')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    return math.fsum((a - xbar) * (b - ybar) for a, b in zip(x, y)) / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of x and y."""
    n = _paired(x, y, 'correlation')
    xbar, ybar, sxy, sxx = _deviation_sums(x, y, n)
    syy = math.fsum((b - ybar) * (b - ybar) for b in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Least-squares slope and intercept (a line through 0 when proportional)."""
    n = _paired(x, y, 'linear regression')
    if proportional:
        sxy = math.fsum(a * b for a, b in zip(x, y))
        sxx = math.fsum(a * a for a in x)
    else:
        xbar, ybar, sxy, sxx = _deviation_sums(x, y, n)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# Wichura's algorithm AS 241 (Applied Statistics, 1988) for the normal quantile:
# rational approximations in three ranges of p, highest coefficient first.
_AS241_CENTRAL = (
    (2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
     4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
     1.3314166789178437745e+2, 3.3871328727963666080e+0),
    (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
     2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
     4.2313330701600911252e+1, 1.0))
_AS241_NEAR = (
    (7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1,
     1.27045825245236838258e+0, 3.64784832476320460504e+0, 5.76949722146069140550e+0,
     4.63033784615654529590e+0, 1.42343711074968357734e+0),
    (1.05075007164441684324e-9, 5.47593808499534494600e-4, 1.51986665636164571966e-2,
     1.48103976427480074590e-1, 6.89767334985100004550e-1, 1.67638483018380384940e+0,
     2.05319162663775882187e+0, 1.0))
_AS241_TAIL = (
    (2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3,
     2.65321895265761230930e-2, 2.96560571828504891230e-1, 1.78482653991729133580e+0,
     5.46378491116411436990e+0, 6.65790464350110377720e+0),
    (2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5,
     7.86869131145613259100e-4, 1.48753612908506148525e-2, 1.36929880922735805310e-1,
     5.99832206555887937690e-1, 1.0))


def _horner(coefficients, r):
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * r + c
    return acc


def _normal_quantile(p, mu, sigma):
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        top, bottom = _AS241_CENTRAL
        return mu + (_horner(top, r) * q / _horner(bottom, r)) * sigma
    r = math.sqrt(-math.log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        r = r - 1.6
        top, bottom = _AS241_NEAR
    else:
        r = r - 5.0
        top, bottom = _AS241_TAIL
    x = _horner(top, r) / _horner(bottom, r)
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


_SQRT2 = math.sqrt(2.0)


class NormalDist:
    "Normal distribution of a random variable"
    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        data = list(data)
        if len(data) < 2:
            raise StatisticsError('stdev requires at least two data points')
        return cls(float(mean(data)), stdev(data))

    def samples(self, n, *, seed=None):
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        return [gauss(self._mu, self._sigma) for _ in range(n)]

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_quantile(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        X, Y = self, other
        # Ordered so that the result does not depend on the argument order.
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        xv, yv = X.variance, Y.variance
        if not xv or not yv:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = yv - xv
        dm = math.fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - math.erf(dm / (2.0 * X._sigma * _SQRT2))
        a = X._mu * yv - Y._mu * xv
        b = X._sigma * Y._sigma * math.sqrt(dm * dm + dv * math.log(yv / xv))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (math.fabs(Y.cdf(x1) - X.cdf(x1)) + math.fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __mul__(self, k):
        return NormalDist(self._mu * k, self._sigma * math.fabs(k))

    def __truediv__(self, k):
        return NormalDist(self._mu / k, self._sigma / math.fabs(k))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    __radd__ = __add__

    def __rsub__(self, other):
        return -(self - other)

    __rmul__ = __mul__

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'
