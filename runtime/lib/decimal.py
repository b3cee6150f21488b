"""Decimal floating point (a practical subset of the decimal module): Decimal with
exact +, -, *, context-rounded /, //, %, **, sqrt, quantize, round, comparisons,
hashing equal to equal ints and floats, str/repr/format as CPython, and contexts
(getcontext, setcontext, localcontext) with precision, rounding and traps."""

import math as _math

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
           'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
           'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
           'FloatOperation', 'DivisionImpossible', 'InvalidContext', 'ConversionSyntax',
           'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN',
           'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
           'setcontext', 'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN',
           'MIN_ETINY']

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


class DecimalTuple(tuple):
    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % tuple(self)


################################################################################
# Contexts
################################################################################

class Context:
    """Precision, rounding mode and which conditions raise (traps)."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        base = _default_values
        self.prec = base['prec'] if prec is None else prec
        self.rounding = base['rounding'] if rounding is None else rounding
        self.Emin = base['Emin'] if Emin is None else Emin
        self.Emax = base['Emax'] if Emax is None else Emax
        self.capitals = base['capitals'] if capitals is None else capitals
        self.clamp = base['clamp'] if clamp is None else clamp
        if traps is None:
            traps = list(base['traps'])
        if not isinstance(traps, dict):
            traps = {s: s in traps for s in _SIGNALS}
        self.traps = traps
        if flags is None:
            flags = []
        if not isinstance(flags, dict):
            flags = {s: s in flags for s in _SIGNALS}
        self.flags = flags

    def __setattr__(self, name, value):
        if name == 'prec' and (not isinstance(value, int) or value < 1):
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        if name == 'rounding' and value not in _ROUNDINGS:
            raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, '
                            'ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, '
                            'ROUND_HALF_EVEN,\n   ROUND_05UP]')
        object.__setattr__(self, name, value)

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for flag in self.flags:
            self.flags[flag] = False

    def clear_traps(self):
        for trap in self.traps:
            self.traps[trap] = False

    def __repr__(self):
        flags = [s.__name__ for s in _SIGNALS if self.flags.get(s)]
        traps = [s.__name__ for s in _SIGNALS if self.traps.get(s)]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (self.prec, self.rounding, self.Emin, self.Emax,
                                             self.capitals, self.clamp, ', '.join(flags),
                                             ', '.join(traps)))

    def _signal(self, condition, explanation_class=None):
        self.flags[condition] = True
        if self.traps.get(condition):
            raise condition([explanation_class or condition])

    def create_decimal(self, num='0'):
        return Decimal(num)._fix(self)

    def __enter__(self):
        return self


_SIGNALS = [Clamped, DivisionByZero, Inexact, Overflow, Rounded, Underflow,
            InvalidOperation, Subnormal, FloatOperation]
_default_values = {'prec': 28, 'rounding': ROUND_HALF_EVEN, 'Emin': -999999,
                   'Emax': 999999, 'capitals': 1, 'clamp': 0,
                   'traps': [DivisionByZero, Overflow, InvalidOperation]}

DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

_current = [DefaultContext.copy()]


def getcontext():
    return _current[0]


def setcontext(context):
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A with-block running under a copy of ctx (default: the current context)."""
    manager = _ContextManager(getcontext() if ctx is None else ctx)
    for name, value in kwargs.items():
        setattr(manager.new_context, name, value)
    return manager


################################################################################
# Rounding helpers
################################################################################

def _round_increment(q, r, divisor, sign, rounding):
    """Whether dropping remainder r (of divisor) from quotient q rounds q up by one."""
    if r == 0:
        return False
    if rounding == ROUND_HALF_EVEN:
        return 2 * r > divisor or (2 * r == divisor and q % 2 == 1)
    if rounding == ROUND_HALF_UP:
        return 2 * r >= divisor
    if rounding == ROUND_HALF_DOWN:
        return 2 * r > divisor
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_CEILING:
        return sign == 0
    if rounding == ROUND_FLOOR:
        return sign == 1
    if rounding == ROUND_05UP:
        return q % 10 in (0, 5)
    raise ValueError('unknown rounding %r' % (rounding,))


def _rescale(sign, coeff, exp, new_exp, rounding):
    """coeff * 10**exp expressed with exponent new_exp (rounded): (coeff, inexact)."""
    if new_exp <= exp:
        return coeff * 10 ** (exp - new_exp), False
    divisor = 10 ** (new_exp - exp)
    q, r = divmod(coeff, divisor)
    if _round_increment(q, r, divisor, sign, rounding):
        q += 1
    return q, r != 0


def _ndigits(n):
    return len(str(n)) if n else 1


################################################################################
# exp, ln, log10 in fixed point: an integer R stands for R / 10**P.
################################################################################

def _atanh_ratio(num, den, P):
    """atanh(num/den) * 10**P for a small ratio, by its odd power series."""
    term = 10 ** P * num // den
    total = term
    k = 1
    while term:
        term = term * num * num // (den * den)
        k += 2
        total += term // k
    return total


def _ln10_fixed(P):
    # ln 2 = 2 atanh(1/3); ln 10 = 3 ln 2 + ln(5/4) = 3 ln 2 + 2 atanh(1/9).
    return 6 * _atanh_ratio(1, 3, P) + 2 * _atanh_ratio(1, 9, P)


def _ln_fixed(Y, P):
    """ln(Y / 10**P) * 10**P for 0.1 <= Y / 10**P < 1."""
    one = 10 ** P
    halvings = 0
    while 10 * Y < 7 * one:
        Y *= 2
        halvings += 1
    # The series runs on |z| (floor division of a negative term never reaches 0).
    negative = Y < one
    z = abs(Y - one) * one // (Y + one)
    z2 = z * z // one
    power = total = z
    k = 1
    while power:
        power = power * z2 // one
        k += 2
        total += power // k
    if negative:
        total = -total
    return 2 * total - halvings * 2 * _atanh_ratio(1, 3, P)


def _ln_scaled(d, W):
    """(R, shift): ln(d) ~ R * 10**(shift - W), R good to a few units."""
    c, e = d._int, d._exp
    L = _ndigits(c)
    power = e + L
    P = W + 10 + _ndigits(abs(power))
    m = c * 10 ** P // 10 ** L
    R = _ln_fixed(m, P) + power * _ln10_fixed(P)
    return R // 10 ** (P - W), 0


def _log10_scaled(d, W):
    lnx, _ = _ln_scaled(d, W + 10)
    return lnx * 10 ** (W + 10) // _ln10_fixed(W + 10) // 10 ** 10, 0


def _exp_fixed(Y, P):
    """exp(Y / 10**P) * 10**P for 0 <= Y / 10**P < 3."""
    one = 10 ** P
    squarings = 10
    y = Y >> squarings
    total = term = one
    n = 0
    while term:
        n += 1
        term = term * y // (one * n)
        total += term
    for _ in range(squarings):
        total = total * total // one
    return total


def _exp_scaled(d, W):
    """(R, shift): exp(d) = 10**q * exp(d - q ln 10), R good to a few units."""
    c, e = d._int, d._exp
    magnitude = max(e + _ndigits(c), 0)
    P = W + 16 + magnitude
    X = c * 10 ** (P + e) if e >= -P else c // 10 ** (-P - e)
    if d._sign:
        X = -X
    ln10 = _ln10_fixed(P)
    q = X // ln10
    R = _exp_fixed(X - q * ln10, P)
    return R // 10 ** (P - W), q


def _round_even(R, drop):
    q, r = divmod(R, 10 ** drop)
    if _round_increment(q, r, 10 ** drop, 0, ROUND_HALF_EVEN):
        q += 1
    return q


def _transcendental(compute, d, context):
    """compute(d, W) rounded half-even to the context's precision, with more
    working digits until the error bound cannot change the rounding."""
    prec = context.prec
    W = prec + 12
    while True:
        R, shift = compute(d, W)
        sign = 1 if R < 0 else 0
        R = abs(R)
        drop = _ndigits(R) - prec
        if drop >= 4 or W > prec + 4000:
            slack = 64
            low, high = _round_even(R - slack, drop), _round_even(R + slack, drop)
            if low == high or W > prec + 4000:
                coeff, exp = high, shift - W + drop
                if _ndigits(coeff) > prec:
                    coeff //= 10
                    exp += 1
                context._signal(Inexact)
                context._signal(Rounded)
                if exp + prec - 1 > context.Emax:
                    context._signal(Overflow)
                    return Decimal._make(sign, 0, 0, 'F')
                return Decimal._make(sign, coeff, exp)
        W *= 2


################################################################################
# Decimal
################################################################################

def _parse(text):
    """(sign, coeff, exp, special) of a numeric string, or None if invalid."""
    s = text.strip().replace('_', '') if '_' not in text.strip()[:1] else None
    if s is None or not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    lower = s.lower()
    if lower in ('inf', 'infinity'):
        return sign, 0, 0, 'F'
    if lower.startswith('nan') or lower.startswith('snan'):
        digits = lower[3:] if lower.startswith('nan') else lower[4:]
        if digits and not digits.isdigit():
            return None
        return sign, int(digits or '0'), 0, ('n' if lower.startswith('nan') else 'N')
    mantissa, e, exponent = s.partition('e') if 'e' in s else s.partition('E')
    exp = 0
    if e:
        body = exponent[1:] if exponent[:1] in ('+', '-') else exponent
        if not body.isdigit() or not body.isascii():
            return None
        exp = int(exponent)
    intpart, dot, frac = mantissa.partition('.')
    if not (intpart or frac):
        return None
    for part in (intpart, frac):
        if part and not (part.isdigit()):
            return None
    digits = intpart + frac
    coeff = int(digits) if digits else 0
    return sign, coeff, exp - len(frac), None


class Decimal:
    """A decimal number: sign, integer coefficient and power-of-ten exponent."""
    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        self._special = None
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                (context or getcontext())._signal(InvalidOperation, ConversionSyntax)
                self._sign, self._int, self._exp, self._special = 0, 0, 0, 'n'
                return self
            self._sign, self._int, self._exp, self._special = parsed
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp = value._sign, value._int, value._exp
            self._special = value._special
            return self
        if isinstance(value, bool) or isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(int(value))
            self._exp = 0
            return self
        if isinstance(value, float):
            if value != value:
                self._sign, self._int, self._exp, self._special = 0, 0, 0, 'n'
            elif value in (float('inf'), float('-inf')):
                self._sign, self._int, self._exp = (1 if value < 0 else 0), 0, 0
                self._special = 'F'
            else:
                self._sign = 1 if _math.copysign(1.0, value) < 0 else 0
                n, d = abs(value).as_integer_ratio()
                k = d.bit_length() - 1
                # d is 2**k, and n/2**k == n*5**k / 10**k exactly.
                self._int = n * 5 ** k
                self._exp = -k
            return self
        if isinstance(value, (tuple, list)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError('sign must be an integer with the value 0 or 1')
            self._sign = sign
            if exp in ('F', 'n', 'N'):
                self._int, self._exp, self._special = 0, 0, exp
                return self
            coeff = 0
            for d in digits:
                if not isinstance(d, int) or not 0 <= d <= 9:
                    raise ValueError('The second value in the tuple must be composed of '
                                     'integers in the range 0 through 9.')
                coeff = coeff * 10 + d
            self._int = coeff
            self._exp = exp
            return self
        raise TypeError('conversion from %s to Decimal is not supported'
                        % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        return cls(f)

    @classmethod
    def _make(cls, sign, coeff, exp, special=None):
        self = object.__new__(cls)
        self._sign, self._int, self._exp, self._special = sign, coeff, exp, special
        return self

    def _fix(self, context):
        """This number rounded to the context's precision."""
        if self._special:
            return self
        digits = _ndigits(self._int)
        if digits <= context.prec:
            return self
        new_exp = self._exp + digits - context.prec
        coeff, inexact = _rescale(self._sign, self._int, self._exp, new_exp, context.rounding)
        if _ndigits(coeff) > context.prec:
            coeff //= 10
            new_exp += 1
        if inexact:
            context._signal(Inexact)
        context._signal(Rounded)
        return Decimal._make(self._sign, coeff, new_exp)

    # Conversions and text.
    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special == 'F':
            return sign + 'Infinity'
        if self._special in ('n', 'N'):
            prefix = 'NaN' if self._special == 'n' else 'sNaN'
            return sign + prefix + (str(self._int) if self._int else '')
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            # Engineering notation: the exponent a multiple of three.
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            capitals = (context or getcontext()).capitals
            exp = ('E' if capitals else 'e') + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def as_tuple(self):
        if self._special:
            return DecimalTuple(self._sign, tuple(int(d) for d in str(self._int))
                                if self._int else (), self._special)
        return DecimalTuple(self._sign, tuple(int(d) for d in str(self._int)), self._exp)

    def as_integer_ratio(self):
        if self._special:
            raise (ValueError if self._special != 'F' else OverflowError)(
                'cannot convert NaN to integer ratio' if self._special != 'F'
                else 'cannot convert Infinity to integer ratio')
        if self._exp >= 0:
            return (-1) ** self._sign * self._int * 10 ** self._exp, 1
        num, den = self._int, 10 ** -self._exp
        g = _math.gcd(num, den)
        return (-1) ** self._sign * (num // g), den // g

    def __float__(self):
        if self._special == 'n' or self._special == 'N':
            return float('-nan' if self._sign else 'nan')
        return float(str(self))

    def __int__(self):
        if self._special:
            if self._special == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            value = self._int * 10 ** self._exp
        else:
            value = self._int // 10 ** -self._exp
        return -value if self._sign else value

    __trunc__ = __int__

    def __bool__(self):
        return bool(self._special) or self._int != 0

    def __hash__(self):
        if self._special:
            if self._special == 'F':
                return -_HASH_INF if self._sign else _HASH_INF
            if self._special == 'N':
                raise TypeError('Cannot hash a signaling NaN value.')
            return object.__hash__(self)
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, _HASH_MODULUS)
        else:
            exp_hash = pow(_HASH_10INV, -self._exp, _HASH_MODULUS)
        value = self._int * exp_hash % _HASH_MODULUS
        value = -value if self._sign else value
        return -2 if value == -1 else value

    # Predicates and small queries.
    def is_nan(self):
        return self._special in ('n', 'N')

    def is_snan(self):
        return self._special == 'N'

    def is_qnan(self):
        return self._special == 'n'

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def copy_abs(self):
        return Decimal._make(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return Decimal._make(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other):
        return Decimal._make(_convert(other, True)._sign, self._int, self._exp, self._special)

    # Arithmetic.
    def _nan_result(self, other, context):
        for x in (self, other):
            if x is not None and x._special in ('n', 'N'):
                if x._special == 'N':
                    context._signal(InvalidOperation)
                return Decimal._make(x._sign, x._int, 0, 'n')
        return None

    def __add__(self, other, context=None):
        other = _convert(other, op='+', reflected=False, this=self)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        if self._special == 'F' or other._special == 'F':
            if self._special == 'F' and other._special == 'F' and self._sign != other._sign:
                context._signal(InvalidOperation)
                return Decimal._make(0, 0, 0, 'n')
            return self if self._special == 'F' else other
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        total = a + b
        if total == 0:
            sign = 1 if (self._sign and other._sign) or (
                context.rounding == ROUND_FLOOR and self._sign != other._sign) else 0
        else:
            sign = 1 if total < 0 else 0
        return Decimal._make(sign, abs(total), exp)._fix(context)

    def __radd__(self, other, context=None):
        other = _convert(other, op='+', reflected=True, this=self)
        if other is NotImplemented:
            return other
        return self.__add__(other, context)

    def __sub__(self, other, context=None):
        other = _convert(other, op='-', reflected=False, this=self)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate() if not other.is_nan() else other, context)

    def __rsub__(self, other, context=None):
        other = _convert(other, op='-', reflected=True, this=self)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context)

    def __mul__(self, other, context=None):
        other = _convert(other, op='*', reflected=False, this=self)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'F' or other._special == 'F':
            if self.is_zero() or other.is_zero():
                context._signal(InvalidOperation)
                return Decimal._make(0, 0, 0, 'n')
            return Decimal._make(sign, 0, 0, 'F')
        return Decimal._make(sign, self._int * other._int,
                             self._exp + other._exp)._fix(context)

    def __rmul__(self, other, context=None):
        other = _convert(other, op='*', reflected=True, this=self)
        if other is NotImplemented:
            return other
        return self.__mul__(other, context)

    def __truediv__(self, other, context=None):
        other = _convert(other, op='/', reflected=False, this=self)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'F' or other._special == 'F':
            if self._special == 'F' and other._special == 'F':
                context._signal(InvalidOperation)
                return Decimal._make(0, 0, 0, 'n')
            if self._special == 'F':
                return Decimal._make(sign, 0, 0, 'F')
            return Decimal._make(sign, 0, 0)
        if other._int == 0:
            if self._int == 0:
                context._signal(InvalidOperation, DivisionUndefined)
                return Decimal._make(0, 0, 0, 'n')
            context._signal(DivisionByZero)
            return Decimal._make(sign, 0, 0, 'F')
        ideal = self._exp - other._exp
        if self._int == 0:
            return Decimal._make(sign, 0, ideal)
        prec = context.prec
        shift = _ndigits(other._int) - _ndigits(self._int) + prec + 1
        if shift >= 0:
            q, r = divmod(self._int * 10 ** shift, other._int)
        else:
            q, r = divmod(self._int, other._int * 10 ** -shift)
        exp = ideal - shift
        if r:
            # Inexact: a final 1 digit below the rounding point breaks exact ties.
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return Decimal._make(sign, q, exp)._fix(context)

    def __rtruediv__(self, other, context=None):
        other = _convert(other, op='/', reflected=True, this=self)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context)

    def _divide_integer(self, other, context):
        # (quotient truncated toward zero, remainder with the dividend's sign).
        sign = self._sign ^ other._sign
        if other._int == 0:
            if self._int == 0:
                context._signal(InvalidOperation, DivisionUndefined)
            else:
                context._signal(DivisionByZero)
            return None
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if _ndigits(q) > context.prec:
            context._signal(InvalidOperation, DivisionImpossible)
            return None
        return (Decimal._make(sign, q, 0),
                Decimal._make(self._sign, r, exp)._fix(context))

    def __floordiv__(self, other, context=None):
        other = _convert(other, op='//', reflected=False, this=self)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        result = self._divide_integer(other, context)
        return Decimal._make(0, 0, 0, 'n') if result is None else result[0]

    def __rfloordiv__(self, other, context=None):
        other = _convert(other, op='//', reflected=True, this=self)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context)

    def __mod__(self, other, context=None):
        other = _convert(other, op='%', reflected=False, this=self)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        result = self._divide_integer(other, context)
        return Decimal._make(0, 0, 0, 'n') if result is None else result[1]

    def __rmod__(self, other, context=None):
        other = _convert(other, op='%', reflected=True, this=self)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context)

    def __divmod__(self, other, context=None):
        other = _convert(other, op='divmod()', reflected=False, this=self)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        result = self._divide_integer(other, context)
        if result is None:
            nan = Decimal._make(0, 0, 0, 'n')
            return nan, nan
        return result

    def __rdivmod__(self, other, context=None):
        other = _convert(other, op='divmod()', reflected=True, this=self)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context)

    def __pow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        if other._special or self._special:
            return Decimal(float(self) ** float(other))
        if other._exp < 0 and other._int % 10 ** -other._exp:
            # A non-integral power: computed in floating point, then context-rounded.
            return Decimal(repr(float(self) ** float(other)))._fix(context)
        n = int(other)
        if n == 0:
            if self._int == 0:
                context._signal(InvalidOperation)
                return Decimal._make(0, 0, 0, 'n')
            return Decimal._make(0, 1, 0)
        base = Decimal._make(self._sign, self._int, self._exp)
        result = Decimal._make(0, 1, 0)
        extra = context.copy()
        extra.prec = context.prec + len(str(abs(n))) + 2
        extra.traps = dict.fromkeys(_SIGNALS, False)
        power = abs(n)
        while power:
            if power & 1:
                result = result.__mul__(base, extra)
            power >>= 1
            if power:
                base = base.__mul__(base, extra)
        if n < 0:
            result = Decimal._make(0, 1, 0).__truediv__(result, extra)
        return result._fix(context)

    def __rpow__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    def __neg__(self, context=None):
        if self._special:
            return self.copy_negate()
        sign = 0 if self._int == 0 and (context or getcontext()).rounding != ROUND_FLOOR \
            else 1 - self._sign
        return Decimal._make(sign, self._int, self._exp)._fix(context or getcontext())

    def __pos__(self, context=None):
        if self._special:
            return self
        sign = 0 if self._int == 0 else self._sign
        return Decimal._make(sign, self._int, self._exp)._fix(context or getcontext())

    def __abs__(self, round=True, context=None):
        if self._special:
            return self.copy_abs()
        return Decimal._make(0, self._int, self._exp)._fix(context or getcontext())

    def sqrt(self, context=None):
        context = context or getcontext()
        if self._special or self._sign and self._int:
            if self._special == 'F' and not self._sign:
                return self
            context._signal(InvalidOperation)
            return Decimal._make(0, 0, 0, 'n')
        ideal = self._exp // 2
        if self._int == 0:
            return Decimal._make(self._sign, 0, ideal)
        prec = context.prec
        # Scale so the integer square root has prec + 1 digits, then round.
        c, e = self._int, self._exp
        if e % 2:
            c *= 10
            e -= 1
        shift = prec + 1 - (_ndigits(c) + 1) // 2
        if shift > 0:
            c *= 100 ** shift
            e -= 2 * shift
        root = _math.isqrt(c)
        exact = root * root == c
        exp = e // 2
        if exact:
            while exp < ideal and root % 10 == 0:
                root //= 10
                exp += 1
        elif root % 5 == 0:
            root += 1
        result = Decimal._make(0, root, exp)
        fix_context = context.copy()
        fix_context.rounding = ROUND_HALF_EVEN
        return result._fix(fix_context)

    # Exponential and logarithms: correctly rounded (ROUND_HALF_EVEN), as CPython.
    def exp(self, context=None):
        context = context or getcontext()
        if self._special:
            if self._special == 'F':
                return Decimal._make(0, 0, 0) if self._sign else self
            return self._nan_result(None, context)
        if self._int == 0:
            return Decimal._make(0, 1, 0)
        return _transcendental(_exp_scaled, self, context)

    def ln(self, context=None):
        return self._log(context, False)

    def log10(self, context=None):
        return self._log(context, True)

    def _log(self, context, ten):
        context = context or getcontext()
        if self._special:
            if self._special == 'F' and not self._sign:
                return self
            if self._special == 'F':
                context._signal(InvalidOperation)
                return Decimal._make(0, 0, 0, 'n')
            return self._nan_result(None, context)
        if self._int == 0:
            return Decimal._make(1, 0, 0, 'F')
        if self._sign:
            context._signal(InvalidOperation)
            return Decimal._make(0, 0, 0, 'n')
        digits = str(self._int)
        power = self._exp + len(digits) - 1
        if digits.rstrip('0') == '1' and (ten or power == 0):
            # An exact power of ten: log10 is an integer, ln(1) is 0.
            return Decimal(power) if ten else Decimal._make(0, 0, 0)
        return _transcendental(_log10_scaled if ten else _ln_scaled, self, context)

    # Rounding to an exponent.
    def quantize(self, exp, rounding=None, context=None):
        exp = _convert(exp, True)
        context = context or getcontext()
        rounding = rounding or context.rounding
        if self._special or exp._special:
            if self._special == 'F' and exp._special == 'F':
                return self
            context._signal(InvalidOperation)
            return Decimal._make(0, 0, 0, 'n')
        coeff, inexact = _rescale(self._sign, self._int, self._exp, exp._exp, rounding)
        if _ndigits(coeff) > context.prec:
            context._signal(InvalidOperation)
            return Decimal._make(0, 0, 0, 'n')
        if inexact:
            context._signal(Inexact)
            context._signal(Rounded)
        return Decimal._make(self._sign, coeff, exp._exp)

    def to_integral_value(self, rounding=None, context=None):
        if self._special or self._exp >= 0:
            return self
        rounding = rounding or (context or getcontext()).rounding
        coeff, _ = _rescale(self._sign, self._int, self._exp, 0, rounding)
        return Decimal._make(self._sign, coeff, 0)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self.to_integral_value(rounding, context)

    def normalize(self, context=None):
        context = context or getcontext()
        if self._special:
            return self
        fixed = self._fix(context)
        if fixed._int == 0:
            return Decimal._make(fixed._sign, 0, 0)
        coeff, exp = fixed._int, fixed._exp
        while coeff % 10 == 0:
            coeff //= 10
            exp += 1
        return Decimal._make(fixed._sign, coeff, exp)

    def scaleb(self, other, context=None):
        other = _convert(other, True)
        return Decimal._make(self._sign, self._int, self._exp + int(other),
                             self._special)._fix(context or getcontext())

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('Second argument to round should be integral')
            return self.quantize(Decimal._make(0, 1, -n))
        if self._special:
            if self._special == 'F':
                raise OverflowError('cannot round an infinity')
            raise ValueError('cannot round a NaN')
        return int(self.to_integral_value(ROUND_HALF_EVEN))

    def __floor__(self):
        return int(self.to_integral_value(ROUND_FLOOR))

    def __ceil__(self):
        return int(self.to_integral_value(ROUND_CEILING))

    # Comparisons.
    def _cmp(self, other):
        if self._special == 'F' or other._special == 'F':
            a = 0 if self._special != 'F' else (-1 if self._sign else 1)
            b = 0 if other._special != 'F' else (-1 if other._sign else 1)
            if a != b or a:
                return (a > b) - (a < b)
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        return (a > b) - (a < b)

    def _compare_with(self, other, equality):
        if (not isinstance(other, (int, float, Decimal)) and hasattr(other, 'numerator')
                and hasattr(other, 'denominator')):
            return self._compare_rational(other, equality)
        other = _convert(other, allow_float=True)
        if other is NotImplemented:
            return None
        if self.is_nan() or other.is_nan():
            if not equality:
                getcontext()._signal(InvalidOperation)
            return 'nan'
        return self._cmp(other)

    def _compare_rational(self, other, equality):
        # A Fraction compares exactly: self * denominator against numerator.
        if self._special in ('n', 'N'):
            if not equality:
                getcontext()._signal(InvalidOperation)
            return 'nan'
        if self._special == 'F':
            return -1 if self._sign else 1
        num, den = other.numerator, other.denominator
        a = -self._int if self._sign else self._int
        if self._exp >= 0:
            lhs, rhs = a * 10 ** self._exp * den, num
        else:
            lhs, rhs = a * den, num * 10 ** -self._exp
        return (lhs > rhs) - (lhs < rhs)

    def __eq__(self, other):
        c = self._compare_with(other, True)
        if c is None:
            return NotImplemented
        return c != 'nan' and c == 0

    def __lt__(self, other):
        c = self._compare_with(other, False)
        if c is None:
            return NotImplemented
        return c != 'nan' and c < 0

    def __le__(self, other):
        c = self._compare_with(other, False)
        if c is None:
            return NotImplemented
        return c != 'nan' and c <= 0

    def __gt__(self, other):
        c = self._compare_with(other, False)
        if c is None:
            return NotImplemented
        return c != 'nan' and c > 0

    def __ge__(self, other):
        c = self._compare_with(other, False)
        if c is None:
            return NotImplemented
        return c != 'nan' and c >= 0

    def compare(self, other, context=None):
        other = _convert(other, True)
        if self.is_nan() or other.is_nan():
            return Decimal._make(0, 0, 0, 'n')
        return Decimal(self._cmp(other))

    def max(self, other, context=None):
        other = _convert(other, True)
        return self if self._cmp(other) >= 0 else other

    def min(self, other, context=None):
        other = _convert(other, True)
        return self if self._cmp(other) <= 0 else other

    # Formatting.
    def __format__(self, spec, _localeconv=None):
        return _format_decimal(self, spec)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __complex__(self):
        return complex(float(self))


def _convert(other, raising=False, allow_float=False, op=None, reflected=False, this=None):
    if isinstance(other, Decimal):
        return other
    if op is not None and isinstance(other, (float, complex)):
        # Spelled as CPython's C type would be: decimal.Decimal.
        names = [type(other).__name__, 'decimal.Decimal']
        if not reflected:
            names.reverse()
        raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                        % (op, names[0], names[1]))
    if isinstance(other, int):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        getcontext().flags[FloatOperation] = True
        return Decimal(other)
    if raising:
        raise TypeError('conversion from %s to Decimal is not supported'
                        % type(other).__name__)
    return NotImplemented


def _parse_spec(spec):
    # [[fill]align][sign][z][#][0][width][grouping][.precision][type]
    i = 0
    n = len(spec)
    fill, align = ' ', None
    if n >= 2 and spec[1] in '<>^=':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>^=':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    if i < n and spec[i] == 'z':
        i += 1
    if i < n and spec[i] == '#':
        i += 1
    zero = False
    if i < n and spec[i] == '0':
        zero = True
        i += 1
    j = i
    while j < n and spec[j].isdigit():
        j += 1
    width = int(spec[i:j]) if j > i else 0
    i = j
    grouping = ''
    if i < n and spec[i] in ',_':
        grouping = spec[i]
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        j = i + 1
        while j < n and spec[j].isdigit():
            j += 1
        precision = int(spec[i + 1:j])
        i = j
    kind = spec[i:] if i < n else None
    if kind is not None and kind not in ('e', 'E', 'f', 'F', 'g', 'G', 'n', '%'):
        raise ValueError('invalid format string')
    if zero and align is None:
        fill, align = '0', '='
    return fill, align, sign, width, grouping, precision, kind


def _format_decimal(d, spec):
    fill, align, sign_opt, width, grouping, precision, kind = _parse_spec(spec)
    negative = d._sign == 1
    if d._special:
        body = 'Infinity' if d._special == 'F' else 'NaN'
    else:
        value = d
        if kind == '%':
            value = Decimal._make(d._sign, d._int, d._exp + 2)
        if kind in ('f', 'F', '%'):
            if precision is not None:
                value = Decimal._make(value._sign, *(_rescale(value._sign, value._int,
                                                              value._exp, -precision,
                                                              getcontext().rounding)[0],),
                                      -precision)
            body = _fixed(value)
        elif kind in ('e', 'E'):
            digits = str(value._int)
            if precision is not None:
                keep = precision + 1
                drop = len(digits) - keep
                coeff, _ = _rescale(value._sign, value._int, 0, drop, getcontext().rounding) \
                    if drop > 0 else (value._int * 10 ** (-drop), False)
                exp_adj = value._exp + drop
                digits = str(coeff)
                if len(digits) > keep:
                    digits = digits[:keep]
                    exp_adj += 1
            else:
                exp_adj = value._exp
            adjusted = exp_adj + len(digits) - 1
            mantissa = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '')
            body = '%s%s%+d' % (mantissa, kind, adjusted)
        else:
            if precision is not None and value._int and _ndigits(value._int) > precision:
                ctx = getcontext().copy()
                ctx.prec = max(precision, 1)
                ctx.traps = dict.fromkeys(_SIGNALS, False)
                value = value._fix(ctx)
            body = str(value.copy_abs())
            if kind in ('G',):
                body = body.upper()
            elif kind in ('g', 'n'):
                body = body.replace('E', 'e')
        if kind == '%':
            body += '%'
        if grouping:
            intpart, dot, rest = body.partition('.')
            if intpart.isdigit():
                groups = []
                while len(intpart) > 3:
                    groups.insert(0, intpart[-3:])
                    intpart = intpart[:-3]
                groups.insert(0, intpart)
                body = grouping.join(groups) + dot + rest
    if negative:
        sign = '-'
    elif sign_opt in '+ ':
        sign = '' if sign_opt == '-' else sign_opt
    else:
        sign = ''
    if align is None:
        align = '>'
    total = len(sign) + len(body)
    pad = max(width - total, 0)
    if align == '=':
        return sign + fill * pad + body
    if align == '<':
        return sign + body + fill * pad
    if align == '^':
        left = pad // 2
        return fill * left + sign + body + fill * (pad - left)
    return fill * pad + sign + body


def _fixed(d):
    # The plain (no exponent) digits of |d|.
    digits = str(d._int)
    if d._exp >= 0:
        return digits + '0' * d._exp if d._int else '0' + ('' if not d._exp else '')
    frac_len = -d._exp
    digits = digits.rjust(frac_len + 1, '0')
    return digits[:-frac_len] + '.' + digits[-frac_len:]
