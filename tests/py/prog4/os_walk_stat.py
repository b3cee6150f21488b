import os, tempfile, shutil, pathlib
d = tempfile.mkdtemp()
os.makedirs(os.path.join(d, "a", "b"))
for rel in ["x.txt", "a/y.txt", "a/b/z.txt"]:
    with open(os.path.join(d, rel), "w") as f: f.write("data" * 3)
for root, dirs, files in os.walk(d):
    dirs.sort()
    print(os.path.relpath(root, d), sorted(dirs), sorted(files))
print(sorted(e.name for e in os.scandir(d)), sorted((e.name, e.is_dir(), e.is_file()) for e in os.scandir(d)))
st = os.stat(os.path.join(d, "x.txt")); print(st.st_size, type(st.st_mtime), st.st_mtime == os.path.getmtime(os.path.join(d, "x.txt")), len(st), st[6], os.path.islink(d), os.path.ismount("/"), os.path.samefile(d, d))
print(os.path.commonprefix(["/a/bc", "/a/bd"]), os.path.commonpath(["/a/b/c", "/a/b/d"]), os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.splitdrive("/x"), os.path.expandvars("$HOME_NOT_SET_X/${ALSO_NOT}"), os.path.commonprefix([]))
try: os.path.commonpath(["/a", "b"])
except ValueError as e: print(e)
try: os.stat(os.path.join(d, "nope"))
except FileNotFoundError as e: print(type(e).__name__, e.errno)
print(sorted(p.name for p in pathlib.Path(d).iterdir()), sorted(str(p.relative_to(d)) for p in pathlib.Path(d).rglob("*.txt")), pathlib.Path(d, "x.txt").stat().st_size)
shutil.rmtree(d); print(os.path.exists(d))
