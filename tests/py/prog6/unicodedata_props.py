import unicodedata as ud
for ch in 'aA1½é€中あ\u0301 \t\n\u2028٣Ⅻ😀\u00ad':
    print(repr(ch), ud.name(ch, '?'), ud.category(ch), ud.bidirectional(ch), ud.east_asian_width(ch),
          ud.combining(ch), ud.mirrored(ch), ud.numeric(ch, None), ud.decimal(ch, None), ud.digit(ch, None),
          repr(ud.decomposition(ch)))
print(ud.lookup('GREEK SMALL LETTER ALPHA'), ud.lookup('snowman'), ud.name('\uac00'), ud.lookup('HANGUL SYLLABLE GAG'))
s = 'Ångström café ﬁ ①'
for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    n = ud.normalize(form, s)
    print(form, len(n), [hex(ord(c)) for c in n][:8], ud.is_normalized(form, s))
def strip_accents(t):
    return ''.join(c for c in ud.normalize('NFD', t) if ud.category(c) != 'Mn')
print(strip_accents('Crème Brûlée à la façon'))
print(ud.unidata_version)
for bad in [lambda: ud.name('ab'), lambda: ud.category(3), lambda: ud.lookup('NOT A NAME'), lambda: ud.numeric('x'),
            lambda: ud.decimal('½'), lambda: ud.digit('x'), lambda: ud.normalize('NFX', 'a'), lambda: ud.name('\x00')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(sum(1 for c in map(chr, range(0x3000)) if ud.category(c) == 'Lu'))
print(sorted({ud.category(chr(c)) for c in range(0, 0x110000, 97)}))
