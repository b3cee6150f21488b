"""Random numbers for secrets (tokens, choices) from the system's entropy source."""

import base64
import binascii
from random import SystemRandom

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom', 'token_bytes', 'token_hex',
           'token_urlsafe', 'compare_digest']

_sysrand = SystemRandom()
randbits = _sysrand.getrandbits
choice = _sysrand.choice
DEFAULT_ENTROPY = 32


def randbelow(exclusive_upper_bound):
    if exclusive_upper_bound <= 0:
        raise ValueError('Upper bound must be positive.')
    return _sysrand._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _sysrand.randbytes(nbytes)


def token_hex(nbytes=None):
    return binascii.hexlify(token_bytes(nbytes)).decode('ascii')


def token_urlsafe(nbytes=None):
    tok = token_bytes(nbytes)
    return base64.urlsafe_b64encode(tok).rstrip('='.encode()).decode('ascii')


def compare_digest(a, b):
    if isinstance(a, str) != isinstance(b, str):
        raise TypeError('unsupported operand types(s) or combination of types: %r and %r'
                        % (type(a).__name__, type(b).__name__))
    if len(a) != len(b):
        return False
    result = 0
    for x, y in zip(a, b):
        result |= (ord(x) ^ ord(y)) if isinstance(x, str) else (x ^ y)
    return result == 0
