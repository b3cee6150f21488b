"""Base16, Base32 and Base64 encodings of bytes."""

import binascii

__all__ = ['encodebytes', 'decodebytes', 'b64encode', 'b64decode', 'b32encode', 'b32decode',
           'b16encode', 'b16decode', 'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    try:
        return bytes(s)
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII string, not %r'
                        % s.__class__.__name__) from None


def _translate(data, table):
    return bytes(table.get(b, b) for b in data)


def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        altchars = bytes(altchars)
        return _translate(encoded, {43: altchars[0], 47: altchars[1]})
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        s = _translate(s, {altchars[0]: 43, altchars[1]: 47})
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _translate(b64encode(s), {43: 45, 47: 95})


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(_translate(s, {45: 43, 95: 47}))


_B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'


def b32encode(s):
    data = bytes(s)
    out = []
    for i in range(0, len(data), 5):
        chunk = data[i:i + 5]
        n = int.from_bytes(bytes(chunk) + bytes(5 - len(chunk)), 'big')
        chars = ''.join(_B32[(n >> (35 - 5 * k)) & 31] for k in range(8))
        keep = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[len(chunk)]
        out.append(chars[:keep] + '=' * (8 - keep))
    return ''.join(out).encode('ascii')


def b32decode(s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    text = s.decode('ascii')
    if map01 is not None:
        text = text.replace('0', 'O').replace('1', map01.decode('ascii')
                                               if isinstance(map01, bytes) else map01)
    if casefold:
        text = text.upper()
    stripped = text.rstrip('=')
    pad = len(text) - len(stripped)
    if pad not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    out = bytearray()
    for i in range(0, len(stripped), 8):
        chunk = stripped[i:i + 8]
        n = 0
        for ch in chunk:
            value = _B32.find(ch)
            if value < 0:
                raise binascii.Error('Non-base32 digit found')
            n = (n << 5) | value
        n <<= 5 * (8 - len(chunk))
        raw = n.to_bytes(5, 'big')
        keep = {8: 5, 7: 4, 5: 3, 4: 2, 2: 1}.get(len(chunk))
        if keep is None:
            raise binascii.Error('Incorrect padding')
        out += raw[:keep]
    return bytes(out)


def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    text = s.decode('ascii')
    if casefold:
        text = text.upper()
    if any(c not in '0123456789ABCDEF' for c in text):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(text)


def encodebytes(s):
    data = bytes(s)
    pieces = []
    for i in range(0, len(data), 57):
        pieces.append(binascii.b2a_base64(data[i:i + 57]))
    return bytes().join(pieces)


def decodebytes(s):
    return binascii.a2b_base64(s)
