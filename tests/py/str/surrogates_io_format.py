import io, re
s = io.StringIO()
print(s.write('a\udc80b\n'), s.write('x\ud800\n'))
print(ascii(s.getvalue()))
s.seek(0)
print(ascii(s.readline()), ascii(s.read()))
s.seek(0)
print([ascii(l) for l in s])
s = io.StringIO('in\udcffit\nz')
print(ascii(s.read(3)), s.tell(), ascii(s.read()))
# re
print(ascii(re.sub('\udc80', 'X', 'a\udc80b\ufffd')))
print(ascii(re.findall('[\ud800-\udfff]', 'a\udc80b\ud801\ufffd')))
print(ascii(re.split('\udc80', 'a\udc80b')))
m = re.search('(\udc80+)', 'xx\udc80\udc80yy')
print(m and (ascii(m.group(1)), m.span()))
print(re.match('\ufffd', '\udc80'))
print(ascii(re.escape('a\udc80')))
print(ascii(re.compile('.\udc80').fullmatch('a\udc80') and 'ok'))
# % with dict
print(ascii('%(a)s-%(b)r' % {'a': '\udc80', 'b': 'q\ud800'}))
print(ascii('%(a)s' % {'a': '\ufffd'}))
print(ascii('{a}|{b!r}'.format_map({'a': '\udc80', 'b': '\udfff'})))
print(ascii('{0[x]}'.format({'x': '\udc80'})))
# translate
print(ascii('a\udc80b'.translate({0xdc80: 'Y'})))
print(ascii('abc'.translate({ord('b'): '\udc80'})))
print(ascii('abc'.translate({ord('b'): 0xdc81})))
print(ascii('a\udc80b\ufffd'.translate({0xfffd: 'R'})))
print(ascii('a\udc80'.translate(str.maketrans({'\udc80': 'Z'}))))
print(ascii('ab'.translate(str.maketrans('ab', '\udc80\udc81'))))
print(ascii('a\udc80'.translate({0xdc80: None})))
# the same with plain values, which keep working
print('%(a)s/%(b)d' % {'a': 'x', 'b': 3}, '{a}'.format_map({'a': 'y'}))
print('abc'.translate({97: 'AA', 98: None, 99: 100}))
for bad in [{97: -1}, {97: 0x110000}, {97: 1.5}]:
    try:
        'a'.translate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(ascii('%s' % ('\udc80',)), ascii('{}'.format('\udc80')))
print(ascii(str.maketrans('\udc80', 'b')), ascii(str.maketrans('', '', '\ud800')))
print(ascii('{x.real}'.format(x=3)), ascii('{0[0]}'.format(['\udcff'])))
