print(b'a\\n\\x41\\u20ac\\N{BULLET}\xe9'.decode('unicode_escape'))
print('a\n\té€😀\\\'"'.encode('unicode_escape'), 'é€😀'.encode('raw_unicode_escape'), b'\\u20ac\\n\\U0001F600'.decode('raw_unicode_escape'))
print('x'.encode('utf-8-sig'), b'\xef\xbb\xbfx'.decode('utf-8-sig'), b'x'.decode('utf-8-sig'), 'x'.encode('UTF-8-SIG'))
for b in [b'\\x4', b'\\u12', b'\\N{nope}', b'ok\\']:
    try:
        print(b.decode('unicode_escape'))
    except UnicodeDecodeError as e:
        print(e)
try:
    b'\\u12'.decode('raw_unicode_escape')
except UnicodeDecodeError as e:
    print(e)
