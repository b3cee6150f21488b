import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'a.txt')
with open(p, 'wb') as f:
    f.write(b'one\r\ntwo\rthree\nfour')
for mode in ['r', 'r+', 'a+']:
    for nl in [None, '', '\n', '\r', '\r\n']:
        with open(p, mode, newline=nl) as f:
            f.seek(0)
            print(mode, repr(nl), repr(f.read()))
        with open(p, mode, newline=nl) as f:
            f.seek(0)
            print(mode, repr(nl), [l for l in f])
        with open(p, mode, newline=nl) as f:
            f.seek(0)
            print(mode, repr(nl), repr(f.readline()), f.tell(), repr(f.read(3)), f.tell())
for mode in ['w', 'w+', 'a', 'a+', 'r+']:
    for nl in [None, '', '\n', '\r', '\r\n']:
        with open(p, 'wb') as f:
            f.write(b'xy\n')
        with open(p, mode, newline=nl) as f:
            f.write('a\nb\r\nc\rd\n')
            if '+' in mode:
                f.seek(0)
                print(mode, repr(nl), 'reread', repr(f.read()))
        with open(p, 'rb') as f:
            print(mode, repr(nl), f.read())
with open(p, 'w') as f:
    print('hello', 'world', file=f)
    f.writelines(['a\n', 'b\n'])
    print(f.name == p, f.mode, f.closed, f.encoding, repr(f).replace(p, 'P'))
print(f.closed)
for op in [lambda: f.read(), lambda: f.write('x'), lambda: f.readline(), lambda: f.tell(), lambda: f.seek(0), lambda: iter(f), lambda: f.__enter__(), lambda: next(f), lambda: f.flush(), lambda: f.readlines()]:
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)
try:
    with f:
        pass
except ValueError as e:
    print('with', e)
f.close()
try:
    open(p, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == p)
try:
    open(d, 'r')
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == d)
try:
    open(os.path.join(d, 'nope', 'x'), 'r')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
q = os.path.join(d, 'new.txt')
with open(q, 'x') as f:
    f.write('made')
print(open(q).read())
with open(q, 'w+') as f:
    f.write('héllo\nwörld\n')
    f.seek(0)
    print(repr(f.readline()), f.tell())
    pos = f.tell()
    print(repr(f.read()))
    f.seek(pos)
    print(repr(f.read()))
with open(q, 'w', encoding='latin-1') as f:
    f.write('café\n')
print(open(q, 'rb').read())
print(repr(open(q, encoding='latin-1').read()))
print(repr(open(q, errors='replace').read()))
print(ascii(open(q, errors='surrogateescape').read()))
try:
    open(q).read()
except UnicodeDecodeError as e:
    print(e)
with open(q, 'w', encoding='ascii', errors='xmlcharrefreplace') as f:
    f.write('café\n')
print(open(q, 'rb').read())
with open(q, 'w', encoding='ascii') as f:
    try:
        f.write('café\n')
    except UnicodeEncodeError as e:
        print(e)
# readline with '\r' files and a size limit
with open(p, 'wb') as f:
    f.write(b'ab\rcd\r\nef\n\rgh')
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(p, newline=nl) as f:
        print(repr(nl), [f.readline(2) for _ in range(6)], f.tell())
    with open(p, newline=nl) as f:
        print(repr(nl), f.readlines(), repr(f.read()))
# tell/seek round trips in r+ and a+
with open(p, 'wb') as f:
    f.write(b'ab\ncd\r\nef\n\ngh')
with open(p, 'r+') as f:
    marks = []
    while True:
        marks.append(f.tell())
        if not f.readline():
            break
    print(marks)
    for m in reversed(marks):
        f.seek(m)
        print(m, repr(f.readline()))
    f.seek(0, 2)
    f.write('\nend\n')
print(open(p, 'rb').read())
with open(p, 'a+') as f:
    print(f.tell())
    f.write('more')
    f.seek(0)
    print(repr(f.read()))
# StringIO newline modes
import io
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO('a\r\nb\rc\nd', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines())
    s.write('x\ny\r\n')
    print(repr(s.getvalue()))
print(io.StringIO().write('12345'), list(io.StringIO('p\nq')))
# surrogateescape files round trip
with open(p, 'wb') as f:
    f.write(b'ok\xff\xfe\n')
with open(p, errors='surrogateescape') as f:
    t = f.read()
print(ascii(t))
with open(p, 'w', errors='surrogateescape') as f:
    print(f.write(t + '\udc80'))
print(open(p, 'rb').read())
with open(p, 'w') as f:
    try:
        f.write('\udc80')
    except UnicodeEncodeError as e:
        print(e)
with open(p, 'w', errors='surrogatepass') as f:
    f.write('\ud800!')
print(open(p, 'rb').read())
import shutil
shutil.rmtree(d)
