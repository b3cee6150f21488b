# memoryview.cast over bytes and bytearray: formats, items, slicing, writes.


def check(label, f):
    try:
        print(label, 'ok', f())
    except Exception as e:
        print(label, type(e).__name__, e)


m = memoryview(bytearray(range(16)))
c = m.cast('I')
print(c.format, c.itemsize, c.nbytes, c.shape, c.strides, c.ndim, len(c), c.readonly)
print(c[1], c[-1], c.tolist(), list(c), c[1:3].tolist(), c[::2].tolist(), c[::-1].tolist())
print(c.tobytes()[:4], bytes(c[1:2]), c.cast('B')[:3].tolist(), c[::2].strides)
c[0] = 0xffffffff
print(m[:5].tolist(), c[0], c == c, c == m.cast('I'), c.obj is m.obj)
c[1:3] = memoryview(bytearray(8)).cast('I')
print(m.tolist())
for f in ['b', 'B', 'c', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'f', 'd', '?', '@i', 'e', 'x', 'ii', '<i']:
    check('cast ' + f, lambda: (lambda x: (x.itemsize, x[0], x.tolist()[:2], len(x)))(memoryview(bytes(range(1, 17))).cast(f)))
check('not multiple', lambda: memoryview(b'abc').cast('I'))
check('two non-byte', lambda: memoryview(b'abcd').cast('I').cast('H'))
check('non contiguous', lambda: memoryview(b'abcd')[::2].cast('B'))
check('read-only', lambda: memoryview(b'abcd').cast('I').__setitem__(0, 1))
check('bad format type', lambda: memoryview(b'abcd').cast(1))
h = memoryview(bytearray(8)).cast('H')
check('too big', lambda: h.__setitem__(0, 70000))
check('negative', lambda: h.__setitem__(0, -1))
check('wrong type', lambda: h.__setitem__(0, 'a'))
check('float item', lambda: h.__setitem__(0, 1.0))
check('index', lambda: h[4])
h[3] = 65535
print(h.tolist(), bytes(h))
b = memoryview(bytearray(4)).cast('b')
b[0] = -5
b[1] = 127
check('signed overflow', lambda: b.__setitem__(2, 128))
print(b.tolist(), bytes(b))
d = memoryview(bytearray(16)).cast('d')
d[0] = 1.5
d[1] = 2
print(d.tolist(), d.format)
f = memoryview(bytearray(4)).cast('f')
f[0] = 0.1
print(f[0], f.tolist())
q = memoryview(bytearray(8)).cast('Q')
q[0] = 2 ** 64 - 1
print(q[0], q.cast('B').tolist()[:2], memoryview(bytearray(8)).cast('q').tolist())
ch = memoryview(bytearray(b'ab')).cast('c')
ch[0] = b'z'
print(ch.tolist(), ch[1], ch.obj)
check('char too long', lambda: ch.__setitem__(0, b'xy'))
bo = memoryview(bytearray(b'\x00\x02')).cast('?')
print(bo.tolist())
print(memoryview(b'abcd').cast('I') == memoryview(b'abcd').cast('I'), memoryview(b'abcd').cast('I') == b'abcd')
check('hash I', lambda: hash(memoryview(b'abcd').cast('I')))
print(hash(memoryview(b'abcd').cast('b')) == hash(b'abcd'))
print(memoryview(b'abcd').cast('B', shape=[4]).tolist())
