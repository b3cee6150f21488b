import zipfile, io, os, tempfile
b = io.BytesIO()
with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('a.txt', 'hello' * 10)
    z.writestr('dir/b.bin', bytes(range(10)), compress_type=zipfile.ZIP_STORED)
    z.writestr('dir/', '')
    with z.open('c.txt', 'w') as f:
        f.write(b'written via open')
b.seek(0)
with zipfile.ZipFile(b) as z:
    print(z.namelist())
    print(z.read('a.txt')[:10], z.read('dir/b.bin'), z.read('c.txt'))
    print([(i.filename, i.file_size, i.compress_type, i.is_dir(), hex(i.CRC)) for i in z.infolist()])
    print(z.getinfo('dir/b.bin'), z.getinfo('dir/'), z.testzip())
    with z.open('a.txt') as f:
        print(f.read(7), f.read(3))
    try:
        z.getinfo('nope')
    except KeyError as e:
        print('KeyError', e)
try:
    zipfile.ZipFile(io.BytesIO(b'notzip'))
except zipfile.BadZipFile as e:
    print(e)
print(zipfile.is_zipfile(b), zipfile.is_zipfile(io.BytesIO(b'xx')))
d = tempfile.mkdtemp()
src = os.path.join(d, 'src.txt')
with open(src, 'w') as f:
    f.write('line\n' * 100)
zp = os.path.join(d, 'out.zip')
with zipfile.ZipFile(zp, 'w', compression=zipfile.ZIP_DEFLATED) as z:
    z.write(src, arcname='data/src.txt')
with zipfile.ZipFile(zp, 'a') as z:
    z.writestr('extra.txt', 'appended')
with zipfile.ZipFile(zp) as z:
    print(z.namelist(), z.getinfo('data/src.txt').file_size, z.getinfo('data/src.txt').compress_size < 500)
    out = os.path.join(d, 'x')
    z.extractall(out)
    print(sorted(os.listdir(out)), open(os.path.join(out, 'data', 'src.txt')).read().count('\n'))
    print(z.extract('extra.txt', out) == os.path.join(out, 'extra.txt'))
zi = zipfile.ZipInfo('manual.txt', (2020, 5, 17, 12, 30, 44))
b2 = io.BytesIO()
with zipfile.ZipFile(b2, 'w') as z:
    z.writestr(zi, 'fixed time')
raw = b2.getvalue()
print(len(raw), raw[:30].hex())
with zipfile.ZipFile(io.BytesIO(raw)) as z:
    print(z.getinfo('manual.txt').date_time, z.getinfo('manual.txt'))
