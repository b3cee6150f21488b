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


def _85encode(b, chars, pad=False, foldnuls=False, foldspaces=False):
    """Base-85 digits of each 4-byte group, big-endian; a short last group is
    zero-filled and its extra digits dropped unless pad."""
    if not isinstance(b, (bytes, bytearray)):
        b = memoryview(b).tobytes()
    padding = (-len(b)) % 4
    if padding:
        b = bytes(b) + bytes(padding)
    out = []
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], 'big')
        if foldnuls and not word:
            out.append(b'z')
        elif foldspaces and word == 0x20202020:
            out.append(b'y')
        else:
            digits = []
            for _ in range(5):
                word, r = divmod(word, 85)
                digits.append(chars[r])
            out.append(bytes(reversed(digits)))
    if padding and not pad:
        if out[-1] == b'z':
            out[-1] = chars[0:1] * 5
        out[-1] = out[-1][:-padding]
    return b''.join(out)


_B85_ALPHABET = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                 b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_A85_ALPHABET = bytes(range(33, 118))


def b85encode(b, pad=False):
    return _85encode(b, _B85_ALPHABET, pad)


def b85decode(b):
    b = _bytes_from_decode_data(b)
    padding = (-len(b)) % 5
    b = b + b'~' * padding
    out = []
    for i in range(0, len(b), 5):
        chunk = b[i:i + 5]
        acc = 0
        for j, c in enumerate(chunk):
            k = _B85_ALPHABET.find(bytes([c]))
            if k < 0:
                raise ValueError('bad base85 character at position %d' % (i + j))
            acc = acc * 85 + k
        if acc > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out.append(acc.to_bytes(4, 'big'))
    result = b''.join(out)
    if padding:
        result = result[:-padding]
    return result


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    result = _85encode(b, _A85_ALPHABET, pad, True, foldspaces)
    if adobe:
        result = b'<~' + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        chunks = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(chunks[-1]) + 2 > wrapcol:
            chunks.append(b'')
        result = b'\n'.join(chunks)
    if adobe:
        result += b'~>'
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(b'~>'):
            raise ValueError('Ascii85 encoded byte sequences must end with {!r}'.format(b'~>'))
        b = b[2:-2] if b.startswith(b'<~') else b[:-2]
    out = []
    group = []
    for c in b + b'u' * 4:
        if 33 <= c <= 117:
            group.append(c)
            if len(group) == 5:
                acc = 0
                for x in group:
                    acc = acc * 85 + (x - 33)
                if acc > 0xffffffff:
                    raise ValueError('Ascii85 overflow')
                out.append(acc.to_bytes(4, 'big'))
                group = []
        elif c == 122:
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out.append(bytes(4))
        elif foldspaces and c == 121:
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out.append(b'    ')
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    result = b''.join(out)
    padding = 4 - len(group)
    if padding:
        result = result[:-padding]
    return result


__all__ += ['b85encode', 'b85decode', 'a85encode', 'a85decode']
