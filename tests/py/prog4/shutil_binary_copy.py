import shutil, tempfile, os
d = tempfile.mkdtemp(); a = os.path.join(d, "a.bin"); b = os.path.join(d, "b.bin")
with open(a, "wb") as f: f.write(bytes(range(256)) + b"\r\n")
shutil.copyfile(a, b); print(open(b, "rb").read() == open(a, "rb").read(), os.path.getsize(b))
shutil.copy(a, os.path.join(d, "c.bin")); print(sorted(os.listdir(d)))
shutil.rmtree(d)
