"""quopri: quoted-printable encoding (RFC 1521), as binascii's b2a_qp and
a2b_qp do it."""

__all__ = ["encode", "decode", "encodestring", "decodestring"]

ESCAPE = 61
MAXLINESIZE = 76
HEX = '0123456789ABCDEF'
EMPTYSTRING = bytes()


def needsquoting(c, quotetabs, header):
    """Whether byte value c must be written as =XX."""
    if c in (32, 9):
        return quotetabs
    if c == 95:
        return header
    return c == ESCAPE or not (32 <= c <= 126)


def quote(c):
    return bytes([ESCAPE]) + HEX[c >> 4].encode() + HEX[c & 15].encode()


def _encode_line(line, quotetabs, header):
    """The encoded pieces of one line (without its newline)."""
    out = []
    n = len(line)
    for i, c in enumerate(line):
        if header and c == 32:
            out.append(b'_')
        elif needsquoting(c, quotetabs, header) or (c in (32, 9) and i == n - 1):
            out.append(quote(c))
        elif c == 46 and i == 0 and n == 1:
            out.append(quote(c))
        else:
            out.append(bytes([c]))
    return out


def _soft_wrap(pieces):
    lines = []
    cur = bytes()
    for p in pieces:
        if len(cur) + len(p) > MAXLINESIZE - 1:
            lines.append(cur + b'=')
            cur = bytes()
        cur += p
    lines.append(cur)
    return lines


def encodestring(s, quotetabs=False, header=False):
    s = bytes(s)
    out = []
    lines = s.split(b'\n')
    for k, line in enumerate(lines):
        last = k == len(lines) - 1
        crlf = line.endswith(b'\r')
        if crlf:
            line = line[:-1]
        pieces = _encode_line(line, quotetabs, header)
        wrapped = _soft_wrap(pieces)
        text = b'\n'.join(wrapped)
        if crlf:
            text += b'\r'
        out.append(text)
        if last and not line:
            out.pop()
            out.append(bytes())
    return b'\n'.join(out)


def encode(input, output, quotetabs, header=False):
    output.write(encodestring(input.read(), quotetabs=quotetabs, header=header))


def unhex(s):
    return int(s, 16)


def decodestring(s, header=False):
    s = bytes(s)
    out = bytearray()
    lines = s.split(b'\n')
    for k, line in enumerate(lines):
        has_newline = k < len(lines) - 1
        crlf = line.endswith(b'\r')
        stripped = (line[:-1] if crlf else line).rstrip(b' \t')
        i = 0
        n = len(stripped)
        soft = False
        while i < n:
            c = stripped[i]
            if c == 95 and header:
                out.append(32)
                i += 1
            elif c != ESCAPE:
                out.append(c)
                i += 1
            elif i + 1 == n:
                soft = True
                i += 1
            elif i + 2 < n + 1 and all(chr(x) in '0123456789abcdefABCDEF'
                                       for x in stripped[i + 1:i + 3]) and i + 2 < n + 1 \
                    and len(stripped[i + 1:i + 3]) == 2:
                out.append(int(stripped[i + 1:i + 3], 16))
                i += 3
            else:
                out.append(c)
                i += 1
        if has_newline and not soft:
            if crlf:
                out.append(13)
            out.append(10)
    return bytes(out)


def decode(input, output, header=False):
    output.write(decodestring(input.read(), header=header))
