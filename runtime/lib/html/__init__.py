"""HTML escaping: escape() and unescape() (numeric references and the common named
entities)."""

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """s with &, < and > (and quotes, unless quote is false) as HTML references."""
    s = s.replace('&', '&amp;')
    s = s.replace('<', '&lt;')
    s = s.replace('>', '&gt;')
    if quote:
        s = s.replace('"', '&quot;')
        s = s.replace('\'', '&#x27;')
    return s


# Named references; the HTML5 list is long, these are the ones met in practice.
_ENTITIES = {
    'amp': '&', 'lt': '<', 'gt': '>', 'quot': '"', 'apos': "'", 'nbsp': '\xa0',
    'copy': '\xa9', 'reg': '\xae', 'trade': '\u2122', 'hellip': '\u2026', 'mdash': '\u2014',
    'ndash': '\u2013', 'lsquo': '\u2018', 'rsquo': '\u2019', 'ldquo': '\u201c',
    'rdquo': '\u201d', 'euro': '\u20ac', 'pound': '\xa3', 'yen': '\xa5', 'cent': '\xa2',
    'sect': '\xa7', 'deg': '\xb0', 'plusmn': '\xb1', 'times': '\xd7', 'divide': '\xf7',
    'middot': '\xb7', 'para': '\xb6', 'laquo': '\xab', 'raquo': '\xbb', 'iexcl': '\xa1',
    'iquest': '\xbf', 'eacute': '\xe9', 'egrave': '\xe8', 'ecirc': '\xea', 'aacute': '\xe1',
    'agrave': '\xe0', 'acirc': '\xe2', 'auml': '\xe4', 'ouml': '\xf6', 'uuml': '\xfc',
    'Auml': '\xc4', 'Ouml': '\xd6', 'Uuml': '\xdc', 'szlig': '\xdf', 'ccedil': '\xe7',
    'ntilde': '\xf1', 'oacute': '\xf3', 'iacute': '\xed', 'uacute': '\xfa', 'bull': '\u2022',
    'larr': '\u2190', 'rarr': '\u2192', 'uarr': '\u2191', 'darr': '\u2193', 'hearts': '\u2665',
    'infin': '\u221e', 'ne': '\u2260', 'le': '\u2264', 'ge': '\u2265', 'alpha': '\u03b1',
    'beta': '\u03b2', 'gamma': '\u03b3', 'delta': '\u03b4', 'pi': '\u03c0', 'mu': '\xb5',
    'micro': '\xb5', 'shy': '\xad', 'frac12': '\xbd', 'frac14': '\xbc', 'frac34': '\xbe',
    'sup2': '\xb2', 'sup3': '\xb3',
}

# Code points that browsers map to other characters in numeric references.
_INVALID_CHARREFS = {
    0x00: '\ufffd', 0x0d: '\r', 0x80: '\u20ac', 0x81: '\x81', 0x82: '\u201a', 0x83: '\u0192',
    0x84: '\u201e', 0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021', 0x88: '\u02c6',
    0x89: '\u2030', 0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152', 0x8d: '\x8d',
    0x8e: '\u017d', 0x8f: '\x8f', 0x90: '\x90', 0x91: '\u2018', 0x92: '\u2019',
    0x93: '\u201c', 0x94: '\u201d', 0x95: '\u2022', 0x96: '\u2013', 0x97: '\u2014',
    0x98: '\u02dc', 0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a', 0x9c: '\u0153',
    0x9d: '\x9d', 0x9e: '\u017e', 0x9f: '\u0178',
}


def _numeric(body):
    try:
        if body[:1] in 'xX':
            num = int(body[1:], 16)
        else:
            num = int(body)
    except ValueError:
        return None
    if num in _INVALID_CHARREFS:
        return _INVALID_CHARREFS[num]
    if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
        return '\ufffd'
    return chr(num)


def unescape(s):
    """s with character references (&amp; &#62; &#x3e; ...) replaced by characters."""
    if '&' not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        amp = s.find('&', i)
        if amp < 0:
            out.append(s[i:])
            break
        out.append(s[i:amp])
        j = amp + 1
        if j < n and s[j] == '#':
            k = j + 1
            if k < n and s[k] in 'xX':
                k += 1
                while k < n and s[k] in '0123456789abcdefABCDEF':
                    k += 1
            else:
                while k < n and s[k].isdigit():
                    k += 1
            body = s[j + 1:k]
            value = _numeric(body) if body and body not in ('x', 'X') else None
            if value is None:
                out.append('&')
                i = j
                continue
            out.append(value)
            i = k + 1 if k < n and s[k] == ';' else k
            continue
        k = j
        while k < n and s[k].isalnum():
            k += 1
        name = s[j:k]
        if name in _ENTITIES and k < n and s[k] == ';':
            out.append(_ENTITIES[name])
            i = k + 1
        else:
            out.append('&')
            i = j
    return ''.join(out)
