# str.encode / bytes.decode over codecs and error handlers (differential against python3).
texts = ["", "abc", "héllo", "€uro", "日本", "😀!", "a\x00b", "\x80\xff", "Ωmega", "\u20ac\u0100"]
encs = ["utf-8", "UTF8", "ascii", "latin-1", "iso-8859-1", "cp1252", "utf-16", "utf-16-le", "UTF-16BE", "utf-32", "utf_32_le", "cp437", "koi8-r", "mac_roman", "iso8859_15", "cp1251", "bogus"]
handlers = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]
def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, repr(r))
for t in texts:
    for e in encs:
        for h in handlers:
            show("%r.encode(%r, %r)" % (t, e, h), lambda: t.encode(e, h))
blobs = [b"", b"abc", b"\xff", b"h\xc3\xa9", b"\xe2\x82", b"\xe2\x82\xac", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\x80abc", b"\xff\xfeA\x00", b"\xfe\xff\x00A", b"A\x00B", b"\x00\x00\x00A", b"\x81\x8d"]
for b in blobs:
    for e in encs:
        for h in ["strict", "ignore", "replace", "backslashreplace"]:
            show("%r.decode(%r, %r)" % (b, e, h), lambda: b.decode(e, h))
for b in [b'\x00\xd8', b'\x00\xdcA\x00', b'\x00\xd8A\x00', b'A\x00\x00\xd8\x00\xdc', b'\x00\xd8\x00']:
  for e in ['utf-16-le']:
    for h in ['strict','replace','ignore','backslashreplace']:
      try: print(repr(b.decode(e,h)))
      except Exception as x: print(x)
for b in [b'\x00\xd8\x00\x00', b'\x00\x00\x11\x00', b'A\x00\x00\x00B\x00', b'\xff\xfe\x00\x00A\x00\x00\x00', b'\x00\x00\xfe\xff\x00\x00\x00A']:
    for e in ['utf-32-le', 'utf-32']:
        for h in ['strict', 'replace', 'backslashreplace']:
            try: print(repr(b.decode(e, h)))
            except Exception as x: print(x)
