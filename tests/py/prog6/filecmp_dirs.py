import filecmp, os, tempfile, getpass
root = tempfile.mkdtemp()
a = os.path.join(root, 'a'); b = os.path.join(root, 'b')
for d in (a, b, os.path.join(a, 'sub'), os.path.join(b, 'sub')):
    os.makedirs(d)
def w(p, t):
    with open(p, 'w') as f:
        f.write(t)
w(os.path.join(a, 'same.txt'), 'x' * 10); w(os.path.join(b, 'same.txt'), 'x' * 10)
w(os.path.join(a, 'diff.txt'), 'hello'); w(os.path.join(b, 'diff.txt'), 'world!')
w(os.path.join(a, 'only_a.txt'), '1'); w(os.path.join(b, 'only_b.txt'), '2')
w(os.path.join(a, 'sub', 'deep.txt'), 'd'); w(os.path.join(b, 'sub', 'deep.txt'), 'ee')
print(filecmp.cmp(os.path.join(a, 'same.txt'), os.path.join(b, 'same.txt'), shallow=False))
print(filecmp.cmp(os.path.join(a, 'diff.txt'), os.path.join(b, 'diff.txt'), shallow=False))
print(filecmp.cmpfiles(a, b, ['same.txt', 'diff.txt', 'nope.txt'], shallow=False))
dc = filecmp.dircmp(a, b)
print(dc.left_only, dc.right_only, dc.common_dirs, sorted(dc.common_files), dc.subdirs['sub'].diff_files)
out = []
import io, contextlib
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    dc.report_full_closure()
print(buf.getvalue().replace(root, 'ROOT'))
print(type(getpass.getuser()).__name__)
