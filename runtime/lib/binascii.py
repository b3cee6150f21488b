"""Conversions between binary data and ASCII: hex, base64 and CRC-32."""

__all__ = ['Error', 'Incomplete', 'hexlify', 'unhexlify', 'b2a_hex', 'a2b_hex',
           'b2a_base64', 'a2b_base64', 'crc32']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = {ord(c): i for i, c in enumerate(_B64)}


def _bytes_of(data, what='a bytes-like object'):
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    try:
        return bytes(data)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) \
            from None


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _bytes_of(data)
    text = ''.join('%02x' % b for b in data)
    if sep is not None and data:
        if isinstance(sep, (bytes, bytearray)):
            sep = sep.decode('ascii')
        step = abs(bytes_per_sep) * 2
        if bytes_per_sep < 0:
            chunks = [text[i:i + step] for i in range(0, len(text), step)]
        else:
            first = len(text) % step or step
            chunks = [text[:first]] + [text[i:i + step] for i in range(first, len(text), step)]
        text = sep.join(chunks)
    return text.encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    data = _bytes_of(hexstr)
    if len(data) % 2:
        raise Error('Odd-length string')
    out = bytearray()
    for i in range(0, len(data), 2):
        try:
            out.append(int(bytes(data[i:i + 2]).decode('ascii'), 16))
        except ValueError:
            raise Error('Non-hexadecimal digit found') from None
    return bytes(out)


a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    data = _bytes_of(data)
    out = []
    for i in range(0, len(data) - len(data) % 3, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(_B64[n >> 18] + _B64[(n >> 12) & 63] + _B64[(n >> 6) & 63] + _B64[n & 63])
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out.append(_B64[n >> 18] + _B64[(n >> 12) & 63] + '==')
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out.append(_B64[n >> 18] + _B64[(n >> 12) & 63] + _B64[(n >> 6) & 63] + '=')
    text = ''.join(out) + ('\n' if newline else '')
    return text.encode('ascii')


def a2b_base64(data, *, strict_mode=False):
    data = _bytes_of(data)
    values = []
    padding = 0
    for position, byte in enumerate(data):
        if byte == 0x3d:
            if strict_mode and not values:
                raise Error('Leading padding not allowed')
            padding += 1
            if len(values) % 4 >= 2 and (len(values) % 4) + padding >= 4:
                break
            continue
        value = _B64_VALUE.get(byte)
        if value is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if padding and strict_mode:
            raise Error('Discontinuous padding not allowed')
        padding = 0
        values.append(value)
    rest = len(values) % 4
    if rest == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) cannot '
                    'be 1 more than a multiple of 4' % len(values))
    if rest and rest + padding < 4:
        raise Error('Incorrect padding')
    out = bytearray()
    for i in range(0, len(values) - rest, 4):
        n = (values[i] << 18) | (values[i + 1] << 12) | (values[i + 2] << 6) | values[i + 3]
        out += bytes([n >> 16, (n >> 8) & 255, n & 255])
    if rest == 2:
        n = (values[-2] << 18) | (values[-1] << 12)
        out.append(n >> 16)
    elif rest == 3:
        n = (values[-3] << 18) | (values[-2] << 12) | (values[-1] << 6)
        out += bytes([n >> 16, (n >> 8) & 255])
    return bytes(out)


_CRC_TABLE = []


def crc32(data, value=0):
    if not _CRC_TABLE:
        for n in range(256):
            c = n
            for _ in range(8):
                c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
            _CRC_TABLE.append(c)
    crc = value ^ 0xffffffff
    for byte in _bytes_of(data):
        crc = _CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >> 8)
    return crc ^ 0xffffffff
