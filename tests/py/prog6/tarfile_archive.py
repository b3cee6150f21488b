import tarfile, io, os, tempfile
for bad in (b'x' * 600, b''):
    try:
        tarfile.open(fileobj=io.BytesIO(bad))
    except tarfile.ReadError as e:
        print(repr(str(e)))
b = io.BytesIO()
with tarfile.open(fileobj=b, mode='w') as t:
    ti = tarfile.TarInfo('d'); ti.type = tarfile.DIRTYPE; ti.mode = 0o755; t.addfile(ti)
    ti = tarfile.TarInfo('d/a.txt'); ti.size = 3; t.addfile(ti, io.BytesIO(b'abc'))
    long = 'deep/' * 30 + 'file.txt'
    ti = tarfile.TarInfo(long); ti.size = 5; ti.mtime = 1700000000; t.addfile(ti, io.BytesIO(b'12345'))
raw = b.getvalue()
print(len(raw), raw[:512] == raw[:512], raw[100:160], raw[257:265])
b.seek(0)
t = tarfile.open(fileobj=b)
t.list(verbose=False)
t.list()
print(t.getmember('d/a.txt').name, t.getmember('d').isdir(), t.getnames())
print(t.extractfile('d/a.txt').read(), t.extractfile(long).read(), t.getmember(long).mtime)
try:
    t.getmember('zz')
except KeyError as e:
    print(e)
print([(m.name[:10], m.size, m.isfile(), m.isdir(), oct(m.mode)) for m in t])
t.close()
d = tempfile.mkdtemp()
src = os.path.join(d, 'src')
os.makedirs(os.path.join(src, 'inner'))
with open(os.path.join(src, 'one.txt'), 'w') as f:
    f.write('one\n')
with open(os.path.join(src, 'inner', 'two.txt'), 'w') as f:
    f.write('two\n' * 3)
tgz = os.path.join(d, 'arch.tar.gz')
with tarfile.open(tgz, 'w:gz') as t:
    t.add(src, arcname='src')
print(tarfile.is_tarfile(tgz))
with tarfile.open(tgz, 'r:gz') as t:
    print(t.getnames())
    t.extractall(os.path.join(d, 'out'))
print(sorted(os.listdir(os.path.join(d, 'out', 'src'))), open(os.path.join(d, 'out', 'src', 'inner', 'two.txt')).read().count('two'))
with tarfile.open(tgz) as t:
    print([m.size for m in t.getmembers()])
