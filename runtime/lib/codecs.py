"""codecs: lookup, encode and decode over moult's built-in codecs.

str.encode and bytes.decode do the work; this module gives them CPython's
names (CodecInfo.name) and the usual helpers. No codec registration."""

import sys

__all__ = ['lookup', 'encode', 'decode', 'CodecInfo', 'getencoder', 'getdecoder',
           'BOM', 'BOM_BE', 'BOM_LE', 'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_BE',
           'BOM_UTF16_LE', 'BOM_UTF32', 'BOM_UTF32_BE', 'BOM_UTF32_LE',
           'strict_errors', 'ignore_errors', 'replace_errors', 'lookup_error']

BOM_UTF8 = bytes([0xef, 0xbb, 0xbf])
BOM_LE = BOM_UTF16_LE = bytes([0xff, 0xfe])
BOM_BE = BOM_UTF16_BE = bytes([0xfe, 0xff])
BOM_UTF32_LE = bytes([0xff, 0xfe, 0, 0])
BOM_UTF32_BE = bytes([0, 0, 0xfe, 0xff])
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE

# Aliases whose codec module name differs from the normalized alias; the
# value is the codec module's name (as in CPython's encodings.aliases).
_ALIASES = {
    'utf8': 'utf_8', 'u8': 'utf_8', 'utf': 'utf_8', 'utf8_ucs2': 'utf_8',
    'utf8_ucs4': 'utf_8', 'cp65001': 'utf_8',
    'latin': 'latin_1', 'latin1': 'latin_1', 'l1': 'latin_1', 'iso_8859_1': 'latin_1',
    'iso8859_1': 'latin_1', 'iso_ir_100': 'latin_1', '8859': 'latin_1', 'cp819': 'latin_1',
    'iso_8859_1_1987': 'latin_1', 'ibm819': 'latin_1',
    'us_ascii': 'ascii', '646': 'ascii', 'us': 'ascii', 'iso646_us': 'ascii',
    'ansi_x3.4_1968': 'ascii', 'ansi_x3_4_1968': 'ascii', 'cp367': 'ascii', 'ibm367': 'ascii',
    'utf16': 'utf_16', 'u16': 'utf_16', 'utf_16le': 'utf_16_le', 'utf_16be': 'utf_16_be',
    'utf32': 'utf_32', 'u32': 'utf_32', 'utf_32le': 'utf_32_le', 'utf_32be': 'utf_32_be',
    'utf8_sig': 'utf_8_sig',
    'windows_1250': 'cp1250', 'windows_1251': 'cp1251', 'windows_1252': 'cp1252',
    'windows_1253': 'cp1253', 'windows_1254': 'cp1254', 'windows_1255': 'cp1255',
    'windows_1256': 'cp1256', 'windows_1257': 'cp1257', 'windows_1258': 'cp1258',
    'ibm437': 'cp437', '437': 'cp437', 'ibm850': 'cp850', '850': 'cp850',
    'latin9': 'iso8859_15', 'l9': 'iso8859_15', 'iso_8859_15': 'iso8859_15',
    'latin2': 'iso8859_2', 'l2': 'iso8859_2', 'iso_8859_2': 'iso8859_2',
    'cyrillic': 'iso8859_5', 'iso_8859_5': 'iso8859_5', 'greek': 'iso8859_7',
    'iso_8859_7': 'iso8859_7', 'macroman': 'mac_roman', 'macintosh': 'mac_roman',
}

# The few codecs whose CodecInfo.name is not the module name with dashes.
_NAMES = {'latin_1': 'iso8859-1'}


def _normalize(name):
    # As encodings.normalize_encoding, lower-cased: runs of punctuation
    # other than '.' become one '_'.
    out = []
    punct = False
    for c in name.lower():
        if c.isalnum() or c == '.':
            if punct and out:
                out.append('_')
            if c.isascii():
                out.append(c)
            punct = False
        else:
            punct = True
    return ''.join(out)


class CodecInfo(tuple):
    """The codec's name and its stateless encode/decode functions."""

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    # Raises LookupError('unknown encoding: ...') for a codec moult lacks.
    ''.encode(encoding)
    norm = _normalize(encoding)
    module = _ALIASES.get(norm, _ALIASES.get(norm.replace('.', '_'), norm))
    name = _NAMES.get(module, module.replace('_', '-'))

    def encode(input, errors='strict'):
        return input.encode(encoding, errors), len(input)

    def decode(input, errors='strict'):
        return bytes(input).decode(encoding, errors), len(input)

    return CodecInfo(encode, decode, name=name)


def encode(obj, encoding='utf-8', errors='strict'):
    if not isinstance(obj, str):
        raise TypeError("utf_8_encode() argument 1 must be str, not %s" % type(obj).__name__)
    return obj.encode(encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    return bytes(obj).decode(encoding, errors)


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def strict_errors(exc):
    raise exc


def ignore_errors(exc):
    return ('', exc.end)


def replace_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    return ('?' * (exc.end - exc.start), exc.end)


_HANDLERS = {'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors}


def lookup_error(name):
    try:
        return _HANDLERS[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None
