import fileinput, os, tempfile
d = tempfile.mkdtemp()
paths = []
for name, text in (('a.txt', 'alpha\nbeta\n'), ('b.txt', 'gamma\ndelta\nepsilon')):
    p = os.path.join(d, name)
    with open(p, 'w') as f:
        f.write(text)
    paths.append(p)
for line in fileinput.input(paths):
    print(os.path.basename(fileinput.filename()), fileinput.lineno(), fileinput.filelineno(),
          fileinput.isfirstline(), repr(line))
fileinput.close()
with fileinput.FileInput(paths) as f:
    print([l.rstrip() for l in f])
with fileinput.input(paths[0], inplace=True) as f:
    for line in f:
        print(line.rstrip().upper())
print(open(paths[0]).read())
with fileinput.input(paths, openhook=fileinput.hook_encoded('utf-8')) as f:
    print(sum(1 for _ in f))
try:
    fileinput.lineno()
except RuntimeError as e:
    print(e)
