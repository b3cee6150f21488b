import codecs
for n in ['UTF8', 'u8', 'latin1', 'L1', 'iso-8859-1', '8859', 'cp819', 'us-ascii', '646', 'ascii',
          'utf16', 'UTF-16LE', 'utf_32_be', 'utf-8-sig', 'cp1252', 'windows-1252', 'mac_roman',
          'koi8-r', 'iso8859_15', 'latin9', 'unicode_escape', 'raw-unicode-escape', 'cp437', 'IBM437']:
    print(n, codecs.lookup(n).name)
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError", e)
print(codecs.encode("é€", "utf-8"), codecs.decode(b"\xc3\xa9"), codecs.decode(b"\xe9", "latin-1"))
print(codecs.encode("aé", "ascii", "replace"), codecs.decode(b"a\xff", "utf-8", "replace"))
info = codecs.lookup("latin-1")
print(info.encode("é"), info.decode(b"\xe9\xff"), info[0] is info.encode, len(info))
print(codecs.getencoder("utf-8")("x€"), codecs.getdecoder("ascii")(b"abc"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(codecs.BOM == codecs.BOM_UTF16, codecs.BOM_LE == codecs.BOM_UTF16_LE)
try:
    codecs.decode(b"\xff")
except UnicodeDecodeError as e:
    print(e.start, e.end, e.reason)
print(codecs.lookup_error("strict") is codecs.strict_errors)
try:
    codecs.lookup_error("nope")
except LookupError as e:
    print(e)
