m = memoryview(b"abc")
print(hash(m) == hash(b"abc"), m[::-1].tobytes(), m[::-1][::2].tolist(), m[1:][1:].tobytes(), m.obj, m.shape, m.ndim, m.strides)
try:
    hash(memoryview(bytearray(b"a")))
except ValueError as e:
    print(e)
ba = bytearray(b"hello")
v = memoryview(ba)[1:4]
v[0] = 69
v[1:3] = b"LL"
print(ba, v.tobytes(), bytes(v), v.readonly, list(v), v == b"ELL", v != b"x")
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
try:
    memoryview("s")
except TypeError as e:
    print(e)
try:
    memoryview(ba)[0] = 256
except ValueError as e:
    print(e)
try:
    memoryview(ba)[0:2] = b"x"
except ValueError as e:
    print(e)
ba = bytearray(b"abc")
r = memoryview(ba).toreadonly()
print(r.readonly, r.tobytes(), r.suboffsets, r[1:].readonly)
try:
    r[0] = 1
except TypeError as e:
    print(e)
try:
    hash(r)
except (ValueError, TypeError) as e:
    print(e)
