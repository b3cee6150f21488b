"""Dates and times: timedelta, date, time, datetime, tzinfo and timezone (fixed offsets),
with CPython's reprs, str() forms, arithmetic, isoformat/fromisoformat and strftime."""

import time as _time

__all__ = ['date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR',
           'MAXYEAR', 'UTC']

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov',
                'Dec']
_FULL_MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
                     'August', 'September', 'October', 'November', 'December']
_DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_FULL_DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
                   'Sunday']


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    return sum(_DAYS_IN_MONTH[1:month]) + (1 if month > 2 and _is_leap(year) else 0)


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    # Whole 400-year cycles, then centuries, then single years and months.
    n -= 1
    cycles, n = divmod(n, 146097)
    year = cycles * 400 + 1
    for _ in range(3):
        if n >= 36524:
            n -= 36524
            year += 100
        else:
            break
    while True:
        size = 366 if _is_leap(year) else 365
        if n < size:
            break
        n -= size
        year += 1
    month = 1
    while True:
        dim = _days_in_month(year, month)
        if n < dim:
            break
        n -= dim
        month += 1
    return year, month, n + 1


def _check_int(value):
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        raise TypeError('integer argument expected, got float')
    index = getattr(type(value), '__index__', None)
    if index is not None:
        return index(value)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _check_date_fields(year, month, day):
    year, month, day = _check_int(year), _check_int(month), _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute = _check_int(hour), _check_int(minute)
    second, microsecond = _check_int(second), _check_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _round_half_even(num, den):
    q, r = divmod(num, den)
    if 2 * r > den or (2 * r == den and q % 2 == 1):
        q += 1
    return q


def _exact(x):
    if isinstance(x, int):
        return x, 1
    if isinstance(x, float):
        return x.as_integer_ratio()
    raise TypeError('unsupported type for timedelta component: %s' % type(x).__name__)


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


################################################################################
# timedelta
################################################################################

class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        # Everything is summed exactly in microseconds, then rounded half to even.
        num, den = 0, 1
        for value, scale in ((days, 86400000000), (seconds, 1000000), (microseconds, 1),
                             (milliseconds, 1000), (minutes, 60000000),
                             (hours, 3600000000), (weeks, 604800000000)):
            n, d = _exact(value)
            num = num * d + n * scale * den
            den *= d
        total = _round_half_even(num, den) if den != 1 else num
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, total):
        days, rest = divmod(total, 86400000000)
        seconds, microseconds = divmod(rest, 1000000)
        if abs(days) > 999999999:
            # CPython's days are a C int first.
            if not -2**31 <= days < 2**31:
                raise OverflowError('Python int too large to convert to C int')
            raise OverflowError('days=%d; must have magnitude <= 999999999' % days)
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = microseconds
        self._hashcode = -1
        return self

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._to_microseconds() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s.%s(%s)' % (self.__class__.__module__, self.__class__.__qualname__,
                              ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, ' % (self._days, '' if abs(self._days) == 1 else 's') + s
        if self._microseconds:
            s = s + '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds()
                                                + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds()
                                                - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(
                _round_half_even(self._to_microseconds() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec // other._to_microseconds()
        return timedelta._from_microseconds(usec // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec / other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_microseconds(_round_half_even(usec, other)
                                                if other > 0 else
                                                _round_half_even(-usec, -other))
        a, b = other.as_integer_ratio()
        num, den = b * usec, a
        if den < 0:
            num, den = -num, -den
        return timedelta._from_microseconds(_round_half_even(num, den))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds()
                                                % other._to_microseconds())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return self.__class__, self._key()


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


################################################################################
# tzinfo and timezone
################################################################################

class tzinfo:
    """Abstract base of time zone information."""
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        return dt + offset


class timezone(tzinfo):
    """A fixed offset from UTC."""
    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('offset must be a timedelta')
        if name is not None and not isinstance(name, str):
            raise TypeError('name must be a string')
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24).')
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s.%s(%r)' % (self.__class__.__module__, self.__class__.__qualname__,
                                  self._offset)
        return '%s.%s(%r, %r)' % (self.__class__.__module__, self.__class__.__qualname__,
                                  self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        return self._offset

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        return self._name_from_offset(self._offset)

    def dst(self, dt):
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() argument must be a datetime instance or None')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        if delta < timedelta(0):
            sign = '-'
            delta = -delta
        else:
            sign = '+'
        hours, rest = divmod(delta._to_microseconds(), 3600000000)
        minutes, rest = divmod(rest, 60000000)
        seconds, micro = divmod(rest, 1000000)
        if micro:
            return 'UTC%s%02d:%02d:%02d.%06d' % (sign, hours, minutes, seconds, micro)
        if seconds:
            return 'UTC%s%02d:%02d:%02d' % (sign, hours, minutes, seconds)
        return 'UTC%s%02d:%02d' % (sign, hours, minutes)


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


def _format_offset(off, sep=':'):
    if off is None:
        return ''
    sign = '+'
    if off < timedelta(0):
        sign = '-'
        off = -off
    hh, rest = divmod(off._to_microseconds(), 3600000000)
    mm, rest = divmod(rest, 60000000)
    ss, us = divmod(rest, 1000000)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or us:
        s += '%s%02d' % (sep, ss)
        if us:
            s += '.%06d' % us
    return s


################################################################################
# strftime / strptime
################################################################################

def _strftime(fmt, year, month, day, hour, minute, second, micro, offset, tzname):
    ordinal = _ymd2ord(year, month, day)
    weekday = (ordinal + 6) % 7
    yday = ordinal - _ymd2ord(year, 1, 1)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != '%' or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        code = fmt[i + 1]
        i += 2
        if code == 'Y':
            out.append('%d' % year)
        elif code == 'y':
            out.append('%02d' % (year % 100))
        elif code == 'm':
            out.append('%02d' % month)
        elif code == 'd':
            out.append('%02d' % day)
        elif code == 'e':
            out.append('%2d' % day)
        elif code == 'H':
            out.append('%02d' % hour)
        elif code == 'I':
            out.append('%02d' % (hour % 12 or 12))
        elif code == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif code == 'M':
            out.append('%02d' % minute)
        elif code == 'S':
            out.append('%02d' % second)
        elif code == 'f':
            out.append('%06d' % micro)
        elif code == 'a':
            out.append(_DAY_NAMES[weekday])
        elif code == 'A':
            out.append(_FULL_DAY_NAMES[weekday])
        elif code == 'w':
            out.append('%d' % ((weekday + 1) % 7))
        elif code == 'u':
            out.append('%d' % (weekday + 1))
        elif code == 'b' or code == 'h':
            out.append(_MONTH_NAMES[month - 1])
        elif code == 'B':
            out.append(_FULL_MONTH_NAMES[month - 1])
        elif code == 'j':
            out.append('%03d' % (yday + 1))
        elif code == 'U':
            out.append('%02d' % ((yday + 7 - (weekday + 1) % 7) // 7))
        elif code == 'W':
            out.append('%02d' % ((yday + 7 - weekday) // 7))
        elif code in 'GV':
            iso_year, iso_week, _ = _isocalendar(year, month, day)
            out.append('%d' % iso_year if code == 'G' else '%02d' % iso_week)
        elif code == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (_DAY_NAMES[weekday],
                                                       _MONTH_NAMES[month - 1], day, hour,
                                                       minute, second, year))
        elif code == 'x':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif code == 'X':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif code == 'z':
            out.append(_format_offset(offset, ''))
        elif code == 'Z':
            out.append(tzname or '')
        elif code == '%':
            out.append('%')
        else:
            out.append('%' + code)
    return ''.join(out)


def _isocalendar(year, month, day):
    def week1_monday(y):
        first = _ymd2ord(y, 1, 1)
        first_weekday = (first + 6) % 7
        monday = first - first_weekday
        if first_weekday > 3:
            monday += 7
        return monday

    ordinal = _ymd2ord(year, month, day)
    iso_year = year
    start = week1_monday(year)
    if ordinal < start:
        iso_year -= 1
        start = week1_monday(iso_year)
    elif ordinal >= week1_monday(year + 1):
        iso_year += 1
        start = week1_monday(iso_year)
    week, weekday = divmod(ordinal - start, 7)
    return iso_year, week + 1, weekday + 1


def _strptime(data, fmt):
    fields = {'year': 1900, 'month': 1, 'day': 1, 'hour': 0, 'minute': 0, 'second': 0,
              'micro': 0, 'ampm': None, 'offset': None}
    i = j = 0
    n, m = len(data), len(fmt)

    def fail():
        raise ValueError('time data %r does not match format %r' % (data, fmt))

    def number(j, most, lo=0, hi=None, least=1):
        # Greedy like CPython's directive regexes, giving back digits while the
        # value is out of the directive's range ('13' for %m reads just '1').
        k = j
        while k < n and k - j < most and data[k].isdigit():
            k += 1
        while k - j >= least:
            value = int(data[j:k])
            if value >= lo and (hi is None or value <= hi):
                return value, k
            k -= 1
        fail()

    def name(j, names):
        for index, candidate in enumerate(names):
            if data[j:j + len(candidate)].lower() == candidate.lower():
                return index, j + len(candidate)
        fail()

    while i < m:
        ch = fmt[i]
        if ch.isspace():
            while i < m and fmt[i].isspace():
                i += 1
            while j < n and data[j].isspace():
                j += 1
            continue
        if ch != '%' or i + 1 >= m:
            if j >= n or data[j] != ch:
                fail()
            i += 1
            j += 1
            continue
        code = fmt[i + 1]
        i += 2
        if code == 'Y':
            fields['year'], j = number(j, 4, least=4)
        elif code == 'y':
            value, j = number(j, 2, least=2)
            fields['year'] = value + (2000 if value < 69 else 1900)
        elif code == 'm':
            fields['month'], j = number(j, 2, 1, 12)
        elif code == 'd':
            fields['day'], j = number(j, 2, 1, 31)
        elif code == 'H':
            fields['hour'], j = number(j, 2, 0, 23)
        elif code == 'I':
            fields['hour'], j = number(j, 2, 1, 12)
        elif code == 'M':
            fields['minute'], j = number(j, 2, 0, 59)
        elif code == 'S':
            fields['second'], j = number(j, 2, 0, 61)
        elif code == 'f':
            k = j
            while k < n and k - j < 6 and data[k].isdigit():
                k += 1
            if k == j:
                fail()
            fields['micro'] = int(data[j:k].ljust(6, '0'))
            j = k
        elif code == 'p':
            index, j = name(j, ['AM', 'PM'])
            fields['ampm'] = index
        elif code == 'b' or code == 'h':
            index, j = name(j, _MONTH_NAMES)
            fields['month'] = index + 1
        elif code == 'B':
            index, j = name(j, _FULL_MONTH_NAMES)
            fields['month'] = index + 1
        elif code == 'a':
            _, j = name(j, _DAY_NAMES)
        elif code == 'A':
            _, j = name(j, _FULL_DAY_NAMES)
        elif code == 'j':
            _, j = number(j, 3, 1, 366)
        elif code == 'z':
            if j < n and data[j] in 'Zz':
                fields['offset'] = timedelta(0)
                j += 1
            else:
                if j >= n or data[j] not in '+-':
                    fail()
                sign = -1 if data[j] == '-' else 1
                hh, j = number(j + 1, 2)
                if j < n and data[j] == ':':
                    j += 1
                mm, j = number(j, 2)
                fields['offset'] = sign * timedelta(hours=hh, minutes=mm)
        elif code == '%':
            if j >= n or data[j] != '%':
                fail()
            j += 1
        else:
            raise ValueError("'%s' is a bad directive in format '%s'" % (code, fmt))
    if j != n:
        raise ValueError('unconverted data remains: %s' % data[j:])
    if fields['ampm'] is not None:
        hour = fields['hour'] % 12
        fields['hour'] = hour + 12 if fields['ampm'] == 1 else hour
    return fields


################################################################################
# date
################################################################################

class date:
    """A calendar date (proleptic Gregorian): year, month, day."""
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError('ordinal must be >= 1')
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        parsed = _parse_isodate(date_string)
        if parsed is None:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        return cls(*parsed)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not 1 <= day <= 7:
            raise ValueError('Invalid weekday: %d (range is [1, 7])' % day)
        first = _ymd2ord(year, 1, 1)
        first_weekday = (first + 6) % 7
        monday = first - first_weekday + (7 if first_weekday > 3 else 0)
        return cls(*_ord2ymd(monday + (week - 1) * 7 + day - 1))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return '%s.%s(%d, %d, %d)' % (self.__class__.__module__, self.__class__.__qualname__,
                                      self._year, self._month, self._day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_FULL_DAY_NAMES[weekday - 1][:3],
                                           _MONTH_NAMES[self._month - 1], self._day,
                                           self._year)

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0, None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        return _time_tuple(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return _IsoCalendarDate(*_isocalendar(self._year, self._month, self._day))

    def _date_key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) \
                and not isinstance(self, datetime):
            return self._date_key() == other._date_key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() <= other._date_key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() < other._date_key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() >= other._date_key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() > other._date_key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._date_key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError('result out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return self.__class__, (self._year, self._month, self._day)


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class _IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return ('%s.IsoCalendarDate(year=%d, week=%d, weekday=%d)'
                % ('datetime', self[0], self[1], self[2]))


def _strptime_struct(data, fmt):
    """time.strptime: the parsed fields as a struct_time (tm_isdst -1)."""
    for arg in (data, fmt):
        if not isinstance(arg, str):
            raise TypeError('strptime() argument 0 must be str, not %s' % (type(arg),))
    f = _strptime(data, fmt)
    _check_date_fields(f['year'], f['month'], f['day'])
    return _time_tuple(f['year'], f['month'], f['day'], f['hour'], f['minute'],
                       f['second'], -1)


def _time_tuple(y, m, d, hh, mm, ss, dst):
    weekday = (_ymd2ord(y, m, d) + 6) % 7
    yday = _days_before_month(y, m) + d
    try:
        return _time.struct_time((y, m, d, hh, mm, ss, weekday, yday, dst))
    except Exception:
        return (y, m, d, hh, mm, ss, weekday, yday, dst)


def _parse_isodate(s):
    # YYYY-MM-DD or YYYYMMDD.
    if len(s) == 10 and s[4] == '-' and s[7] == '-':
        parts = (s[0:4], s[5:7], s[8:10])
    elif len(s) == 8 and s.isdigit():
        parts = (s[0:4], s[4:6], s[6:8])
    else:
        return None
    if not all(p.isdigit() for p in parts):
        return None
    return tuple(int(p) for p in parts)


def _parse_isotime(s):
    # HH[:MM[:SS[.fff[fff]]]][+HH:MM[:SS]|Z] -> (h, m, s, us, tzinfo) or None.
    tz = None
    for marker in ('+', '-', 'Z'):
        k = s.find(marker)
        if k > 0:
            tail = s[k:]
            s = s[:k]
            if tail == 'Z':
                tz = timezone.utc
            else:
                sign = -1 if tail[0] == '-' else 1
                bits = tail[1:].replace(':', '')
                if len(bits) not in (4, 6) or not bits.isdigit():
                    return None
                off = timedelta(hours=int(bits[:2]), minutes=int(bits[2:4]),
                                seconds=int(bits[4:6] or 0))
                tz = timezone.utc if not off else timezone(sign * off)
            break
    micro = 0
    if '.' in s or ',' in s:
        s, _, frac = s.replace(',', '.').partition('.')
        if not frac.isdigit() or len(frac) > 6 and False:
            return None
        micro = int(frac[:6].ljust(6, '0'))
    pieces = s.split(':') if ':' in s else [s[k:k + 2] for k in range(0, len(s), 2)]
    if not pieces or not all(len(p) == 2 and p.isdigit() for p in pieces) or len(pieces) > 3:
        return None
    values = [int(p) for p in pieces] + [0] * (3 - len(pieces))
    return values[0], values[1], values[2], micro, tz


################################################################################
# time
################################################################################

class time:
    """A time of day, optionally with a tzinfo."""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode',
                 '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        parsed = _parse_isotime(time_string[1:] if time_string.startswith('T')
                                else time_string)
        if parsed is None:
            raise ValueError('Invalid isoformat string: %r' % (time_string,))
        return cls(*parsed)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.utcoffset(None)

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def dst(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.dst(None)

    def __repr__(self):
        if self._microsecond:
            s = ', %d, %d' % (self._second, self._microsecond)
        elif self._second:
            s = ', %d' % self._second
        else:
            s = ''
        s = '%s.%s(%d, %d%s)' % (self.__class__.__module__, self.__class__.__qualname__,
                                 self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r' % self._tzinfo + ')'
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    __str__ = isoformat

    def strftime(self, fmt):
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second,
                         self._microsecond, self.utcoffset(), self.tzname())

    def __format__(self, fmt):
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _cmp(self, other):
        if self._tzinfo is other._tzinfo or self.utcoffset() == other.utcoffset():
            return _cmp(self._key(), other._key())
        a, b = self.utcoffset(), other.utcoffset()
        if a is None or b is None:
            raise TypeError('cannot compare naive and aware times')
        ma = self._hour * 60 + self._minute - a // timedelta(minutes=1)
        mb = other._hour * 60 + other._minute - b // timedelta(minutes=1)
        return _cmp((ma, self._second, self._microsecond), (mb, other._second,
                                                             other._microsecond))

    def __eq__(self, other):
        if isinstance(other, time):
            try:
                return self._cmp(other) == 0
            except TypeError:
                return False
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            if not off:
                self._hashcode = hash(self._key())
            else:
                self._hashcode = hash((self._key(), off))
        return self._hashcode

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


################################################################################
# datetime
################################################################################

class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _from_micro_ordinal(cls, total, tz):
        days, rest = divmod(total, 86400000000)
        secs, us = divmod(rest, 1000000)
        hh, rest = divmod(secs, 3600)
        mm, ss = divmod(rest, 60)
        if not 1 <= days <= _MAXORDINAL:
            raise OverflowError('date value out of range')
        y, m, d = _ord2ymd(days)
        return cls(y, m, d, hh, mm, ss, us, tz)

    def _micro_ordinal(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60
                 + self._second) * 1000000 + self._microsecond)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        if tz is None:
            lt = _time.localtime(t)
            frac = round((t - int(t)) * 1e6) if isinstance(t, float) else 0
            return cls(lt[0], lt[1], lt[2], lt[3], lt[4], lt[5], frac)
        us = round(t * 1000000)
        utc = cls._from_micro_ordinal(_EPOCH_MICRO + us, tz)
        return tz.fromutc(utc)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_micro_ordinal(_EPOCH_MICRO + round(t * 1000000), None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = date_string
        if len(s) > 10 and s[10] in 'T ':
            dpart, tpart = s[:10], s[11:]
        elif len(s) > 8 and s[8] == 'T' and s[:8].isdigit():
            dpart, tpart = s[:8], s[9:]
        else:
            dpart, tpart = s, None
        d = _parse_isodate(dpart)
        t = (0, 0, 0, 0, None) if tpart is None else _parse_isotime(tpart)
        if d is None or t is None:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        return cls(*d, *t)

    @classmethod
    def strptime(cls, date_string, format):
        f = _strptime(date_string, format)
        tz = None
        if f['offset'] is not None:
            tz = timezone.utc if not f['offset'] else timezone(f['offset'])
        return cls(f['year'], f['month'], f['day'], f['hour'], f['minute'], f['second'],
                   f['micro'], tz)

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _time_tuple(self._year, self._month, self._day, self._hour, self._minute,
                           self._second, flag)

    def timestamp(self):
        if self._tzinfo is None:
            try:
                return _time.mktime(self.timetuple()[:9]) + self._microsecond / 1e6
            except Exception:
                pass
            return (self._micro_ordinal() - _EPOCH_MICRO) / 10 ** 6
        return (self - _EPOCH).total_seconds()

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        elif not isinstance(tz, tzinfo):
            raise TypeError('tz argument must be an instance of tzinfo')
        offset = self.utcoffset()
        if offset is None:
            offset = timedelta(0)
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (_FULL_DAY_NAMES[weekday - 1][:3],
                                                 _MONTH_NAMES[self._month - 1], self._day,
                                                 self._hour, self._minute, self._second,
                                                 self._year)

    def isoformat(self, sep='T', timespec='auto'):
        s = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep) + _format_time(
            self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                  self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
            if fields[-1] == 0:
                del fields[-1]
        s = '%s.%s(%s)' % (self.__class__.__module__, self.__class__.__qualname__,
                           ', '.join(map(str, fields)))
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r' % self._tzinfo + ')'
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond, self.utcoffset(), self.tzname())

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.utcoffset(self)

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def dst(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.dst(self)

    def _comparable(self, other, ordering):
        # Microseconds since year 1, in UTC when aware; None when they cannot compare.
        a, b = self.utcoffset(), other.utcoffset()
        if (a is None) != (b is None):
            if ordering:
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            return None
        ka = self._micro_ordinal() - (a._to_microseconds() if a is not None else 0)
        kb = other._micro_ordinal() - (b._to_microseconds() if b is not None else 0)
        return ka, kb

    def __eq__(self, other):
        if isinstance(other, datetime):
            keys = self._comparable(other, False)
            return keys is not None and keys[0] == keys[1]
        if isinstance(other, date):
            return False
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            ka, kb = self._comparable(other, True)
            return ka < kb
        if isinstance(other, date):
            raise TypeError("can't compare datetime.datetime to datetime.date")
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            ka, kb = self._comparable(other, True)
            return ka <= kb
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            ka, kb = self._comparable(other, True)
            return ka > kb
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            ka, kb = self._comparable(other, True)
            return ka >= kb
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            key = self._micro_ordinal() - (off._to_microseconds() if off else 0)
            self._hashcode = hash(key)
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._micro_ordinal() + other._to_microseconds()
        try:
            return type(self)._from_micro_ordinal(total, self._tzinfo)
        except ValueError:
            raise OverflowError('date value out of range') from None

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        a, b = self.utcoffset(), other.utcoffset()
        if (a is None) != (b is None):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        diff = self._micro_ordinal() - other._micro_ordinal()
        if a is not None and self._tzinfo is not other._tzinfo:
            diff -= a._to_microseconds() - b._to_microseconds()
        return timedelta._from_microseconds(diff)

    def __reduce__(self):
        return self.__class__, (self._year, self._month, self._day, self._hour, self._minute,
                                self._second, self._microsecond, self._tzinfo)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_EPOCH_MICRO = _EPOCH._micro_ordinal()
