# Lone surrogates (U+D800..U+DFFF) are code points of a str like any other.
# regen_py: depends on PYTHONHASHSEED=0 (prints str hashes of lone surrogates)
import json

s = '\ud800'
t = 'a\udc80b\ud83d\ude00c'
print(len(s), len(t), ascii(s), repr(t), ascii(t))
print(ord(s), [hex(ord(c)) for c in t], list(map(ascii, t)))
print(ascii(chr(0xdc80)), chr(0xdfff) == '\udfff', chr(0xd7ff), ascii(chr(0xe000)))
print(ascii(t[1]), ascii(t[-2]), ascii(t[1:4]), ascii(t[::-1]), ascii(t[::2]))
print(ascii('\ud83d\ude00'), len('\ud83d\ude00'), '\ud83d\ude00' == '\U0001f600')
print(s == '\ufffd', s != '\ufffd', s < '\ufffd', s > '\ud7ff', '\udc00' > '\udbff', s < '\U00010000')
print(sorted(['\ufffd', '\ud800', 'z', '\udc00', '\U0001f600', '\ue000']) == ['z', '\ud800', '\udc00', '\ue000', '\ufffd', '\U0001f600'])
print(hash('\ud800') == hash(chr(0xd800)), hash('\ud800') != hash('\ufffd'))
print(hash('\ud800'), hash('a\udc80'), hash('x\ud800\U0001f600'))
d = {'\ud800': 1, '\ufffd': 2}
print(len(d), d['\ud800'], d['\ufffd'], d.get(chr(0xd800)), '\udc00' in d, len({'\ud800', chr(0xd800), '\udc00'}))
print(ascii(s + 'x'), ascii('x' + s), ascii(s * 3), ascii(2 * t), len(s * 0), ascii(s + s))
print(ascii('-'.join(['a', s, 'b'])), ascii(s.join('xyz')), ascii(''.join([s, '\udc00'])))
print(s in t, '\udc80' in t, '\udc80b' in t, '\ufffd' in t, s in '\ufffd', '' in s, 'b' in t)
print(t.find('\udc80'), t.find('b'), t.rfind('\ude00'), t.find('\ufffd'), t.index('c'), t.count('\ud83d'), ('\ud800' * 4).count('\ud800\ud800'))
print(t.find('\udc80', 2), t.startswith('a\udc80'), t.endswith('\ude00c'))
try:
    t.index('\ud801')
except ValueError as e:
    print('ValueError', e)
print(s.isprintable(), t.isprintable(), 'abc'.isprintable(), s.isascii())
for c in t:
    print(ascii(c), end=' ')
print()
print(list(iter('\ud800x\udfff')) == ['\ud800', 'x', '\udfff'])

# encode
for enc, err in [('utf-8', 'surrogatepass'), ('utf-8', 'surrogateescape'), ('utf-8', 'backslashreplace'),
                 ('utf-8', 'replace'), ('utf-8', 'ignore'), ('utf-8', 'xmlcharrefreplace'),
                 ('utf-16', 'surrogatepass'), ('utf-16-le', 'surrogatepass'), ('utf-16-be', 'surrogatepass'),
                 ('utf-32', 'surrogatepass'), ('utf-32-be', 'surrogatepass'), ('ascii', 'backslashreplace'),
                 ('latin-1', 'surrogateescape'), ('ascii', 'surrogateescape'), ('unicode_escape', 'strict'),
                 ('raw_unicode_escape', 'strict'), ('utf-8', 'namereplace')]:
    try:
        print(enc, err, ('x\udc80\udcff' + s + '\xe9').encode(enc, err))
    except UnicodeEncodeError as e:
        print(enc, err, 'UnicodeEncodeError:', e, e.start, e.end, ascii(e.object), e.reason)
for enc in ['utf-8', 'utf-16', 'utf-32', 'ascii', 'latin-1', 'utf-8-sig']:
    for text in [s, 'ab' + s + 'c', s + '\udc00', 'x\udc80\udc81\ud800y']:
        try:
            print(enc, text.encode(enc))
        except UnicodeEncodeError as e:
            print(enc, 'UnicodeEncodeError:', e, e.start, e.end)
print('x\udc80\udc81'.encode('utf-8', 'surrogateescape'), '\udc41'.encode('utf-8', 'surrogatepass'))
try:
    '\udc41'.encode('ascii', 'surrogateescape')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
print(bytes(s, 'utf-8', 'surrogatepass'), str(b'\xed\xa0\x80', 'utf-8', 'surrogatepass') == s)

# decode
for data in [b'\xff', b'a\x80\xfeb', b'\xed\xa0\x80', b'\xc3\xa9\xff', b'\xf0\x9f\x98']:
    u = data.decode('utf-8', 'surrogateescape')
    print(ascii(u), len(u), u.encode('utf-8', 'surrogateescape') == data)
print(ascii(b'\xed\xa0\x80\xed\xb0\x80'.decode('utf-8', 'surrogatepass')))
print(ascii(b'\x00\xd8'.decode('utf-16-le', 'surrogatepass')), ascii(b'\x00\xd8\x00\x00'.decode('utf-32-le', 'surrogatepass')))
print(ascii(b'\x3d\xd8\x00\xde'.decode('utf-16-le')), ascii(b'\x00\xdc\x41\x00'.decode('utf-16-le', 'surrogatepass')))
print(ascii(b'\xff\x41'.decode('ascii', 'surrogateescape')), ascii(b'\x80'.decode('latin-1', 'surrogateescape')))
for bad in [lambda: b'\xed\xa0\x80'.decode('utf-8'), lambda: b'\x00\xd8'.decode('utf-16-le'),
            lambda: b'\x00\xd8\x00\x00'.decode('utf-32-le')]:
    try:
        bad()
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError:', e)
print(ascii(b'\\ud800'.decode('unicode_escape')), ascii(b'\\udc80x'.decode('raw_unicode_escape')))
print(ascii(s.encode('utf-8', 'surrogatepass').decode('utf-8', 'surrogatepass')))

# json
print(json.dumps(s), json.dumps(t), json.dumps(t, ensure_ascii=False).encode('utf-8', 'surrogatepass'))
print(ascii(json.loads('"\\ud800"')), ascii(json.loads('"x\\udc80\\ud83d\\ude00"')), json.loads('"\\udbff"') == '\udbff')
print(json.loads(json.dumps({'k\ud800': ['\udfff']})) == {'k\ud800': ['\udfff']})

# literals and constants
print(ascii('\udcff' '\ud800'), ascii(f'{s}'), ascii('\N{LATIN SMALL LETTER E WITH ACUTE}\ud800'), ascii(r'\ud800'))
print(ascii(str(s)), ascii(s.__str__()), ascii([s, t]), ascii((s,)), ascii({s: s}))

# str subclasses, f-strings, dunders, affixes
class S(str): pass
x = S('a\ud800')
print(ascii(x), type(x).__name__, len(x), ascii(x + 'b'), x == 'a\ud800', hash(x) == hash('a\ud800'), ascii(x[1]))
print(ascii(f'x{s}y{t}'), ascii(f'{s!r}'), ascii('%r' % s), ascii(s.__add__('z')), s.__eq__('\ufffd'))
print(t.startswith('\ufffd', 1), t.startswith('\udc80', 1), t.endswith(('\ufffd', 'c')), s.endswith('\ud800'))

# methods that rearrange text keep the surrogates
u = 'a\ud800 b\udc80'
print(ascii(u.replace('a', 'x')), ascii(u.split()), ascii(u.split('\ud800')), ascii(u.rsplit(' ', 1)), ascii(u.upper()))
print(ascii(u.strip('a\udc80')), ascii(u.partition(' ')), ascii(u.rpartition('\ud800')), ascii(u.center(9, '*')))
print(ascii(u.ljust(7)), ascii(u.rjust(7, '\udfff')), ascii(u.zfill(7)), ascii(u.title()), ascii(u.swapcase()), ascii(u.casefold()))
print(ascii(u.removeprefix('a\ud800')), ascii(u.removesuffix('\udc80')), ascii('x\ud800\ny'.splitlines()), ascii(u.expandtabs()))
print(ascii('%s-%r' % (u, u)), ascii('%s!' % u), ascii(u % ()), ascii('{}|{!r}|{:>5}'.format(u, '\udc80', '\ud800')))
print(ascii(u.__format__('')), ascii(u.translate({97: 'z'})), ascii(u.replace('\ud800', '\udfff')))
print(ascii(u.replace('\ufffd', '?')), ascii(u.split('\ufffd')))

print(ascii('%s|%s' % (u, '\udfff')), ascii(f'{u:>9}|{u!s}|{u!a}'), ascii(format(u, '^9')), ascii(str(x)), ascii(str(S('\udc80'))))

# printing to stdout: surrogateescape writes the byte, others fail.
import sys
sys.stdout.flush()
print('esc:', '\udcc3\udca9')
print('before', s)
