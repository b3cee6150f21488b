"""locale: moult runs in the C locale family only ('C', 'POSIX', 'C.UTF-8').
setlocale records the setting per category; formatting follows the C
locale's conventions (decimal point '.', no grouping, no currency)."""

import os as _os

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding"]

_builtin_str = str


class Error(Exception):
    pass


LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

# The categories glibc lists in a composite LC_ALL name, in its order.
_COMPOSITE = (('LC_CTYPE', LC_CTYPE), ('LC_NUMERIC', LC_NUMERIC), ('LC_TIME', LC_TIME),
              ('LC_COLLATE', LC_COLLATE), ('LC_MONETARY', LC_MONETARY),
              ('LC_MESSAGES', LC_MESSAGES), ('LC_PAPER', None), ('LC_NAME', None),
              ('LC_ADDRESS', None), ('LC_TELEPHONE', None), ('LC_MEASUREMENT', None),
              ('LC_IDENTIFICATION', None))
_NAMES = {LC_CTYPE: 'LC_CTYPE', LC_NUMERIC: 'LC_NUMERIC', LC_TIME: 'LC_TIME',
          LC_COLLATE: 'LC_COLLATE', LC_MONETARY: 'LC_MONETARY', LC_MESSAGES: 'LC_MESSAGES'}
_KNOWN = {'C': 'C', 'POSIX': 'C', 'C.UTF-8': 'C.UTF-8', 'C.utf8': 'C.UTF-8',
          'C.utf-8': 'C.UTF-8', 'C.UTF8': 'C.UTF-8'}


def _from_environment(category):
    for var in ('LC_ALL', _NAMES.get(category, 'LC_CTYPE'), 'LANG'):
        value = _os.environ.get(var)
        if value:
            return value
    return 'C'


def _env_ctype():
    name = _from_environment(LC_CTYPE)
    return 'C.UTF-8' if _KNOWN.get(name) == 'C.UTF-8' or 'utf' in name.lower() else 'C'


# Python sets LC_CTYPE from the environment at startup; the rest stay 'C'.
_current = {LC_CTYPE: _env_ctype(), LC_NUMERIC: 'C', LC_TIME: 'C', LC_COLLATE: 'C',
            LC_MONETARY: 'C', LC_MESSAGES: 'C'}


def _check_category(category):
    if not isinstance(category, int):
        raise TypeError("an integer is required (got type %s)" % type(category).__name__)
    if category != LC_ALL and category not in _current:
        raise Error('unsupported locale setting')


def _query(category):
    if category != LC_ALL:
        return _current[category]
    values = set(_current.values())
    if len(values) == 1:
        return values.pop()
    parts = []
    for name, cat in _COMPOSITE:
        parts.append('%s=%s' % (name, _current[cat] if cat is not None else 'C'))
    return ';'.join(parts)


def setlocale(category, locale=None):
    _check_category(category)
    if locale is None:
        return _query(category)
    if not isinstance(locale, _builtin_str):
        locale = _build_localename(locale)
    if locale == '':
        chosen = {}
        for cat in (list(_current) if category == LC_ALL else [category]):
            name = _from_environment(cat)
            if name not in _KNOWN:
                raise Error('unsupported locale setting')
            chosen[cat] = name
        _current.update(chosen)
        return _query(category)
    if locale not in _KNOWN:
        raise Error('unsupported locale setting')
    for cat in (list(_current) if category == LC_ALL else [category]):
        _current[cat] = locale
    return _query(category)


def resetlocale(category=LC_ALL):
    setlocale(category, '')


def localeconv():
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX, 'decimal_point': '.',
            'thousands_sep': '', 'grouping': []}


def strcoll(a, b):
    return (a > b) - (a < b)


def strxfrm(s):
    return s


def normalize(localename):
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    lang, _, encoding = code.partition('.')
    if lang in ('c', 'posix'):
        if not encoding:
            return localename if lang == 'posix' else 'C'
        return 'C.UTF-8' if encoding.replace('-', '') == 'utf8' else localename
    if '_' not in lang:
        return localename
    base, _, country = lang.partition('_')
    result = base + '_' + country.upper()
    if encoding:
        enc = encoding.replace('-', '').replace('_', '')
        result += '.UTF-8' if enc == 'utf8' else '.' + encoding.upper()
    else:
        result += '.ISO8859-1'
    return result


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        lang, enc = code.split('.')[:2]
        if lang == 'C':
            return 'en_US', enc
        return lang, enc
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of two strings -- '
                        'language code, encoding.') from None
    if language is None:
        language = 'C'
    if encoding is None:
        return language
    return language + '.' + encoding


def getlocale(category=LC_CTYPE):
    localename = setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in "
                  "Python 3.15. Use setlocale(), getencoding() and getlocale() instead.",
                  DeprecationWarning, stacklevel=2)
    for var in envvars:
        value = _os.environ.get(var)
        if value:
            if var == 'LANGUAGE':
                value = value.split(':')[0]
            break
    else:
        value = 'C'
    return _parse_localename(value)


def getencoding():
    return 'UTF-8' if _current[LC_CTYPE] == 'C.UTF-8' else 'ANSI_X3.4-1968'


def getpreferredencoding(do_setlocale=True):
    return 'UTF-8' if do_setlocale or _current[LC_CTYPE] == 'C.UTF-8' else 'ANSI_X3.4-1968'


def format_string(f, val, grouping=False, monetary=False):
    return f % val


def format(percent, value, grouping=False, monetary=False, *additional):
    import warnings
    warnings.warn("This method will be removed in a future version of Python. "
                  "Use 'locale.format_string()' instead.", DeprecationWarning, stacklevel=2)
    return percent % value


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    return '%.12g' % val


def delocalize(string):
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))
