# bytearray mutation matrix: slice assignment and deletion (differential against python3).
srcs = [b"", b"abcdef", b"0123456789"]
slices = [slice(None), slice(1, 3), slice(3, 1), slice(-2, None), slice(None, None, 2), slice(None, None, -1), slice(1, None, 3), slice(-1, -5, -2), slice(100, 200), slice(-100, 2)]
values = [b"", b"X", b"XYZ", bytearray(b"Q"), [65, 66], memoryview(b"mv"), 5, "s", [300]]
for src in srcs:
    for sl in slices:
        ba = bytearray(src)
        try:
            del ba[sl]
            r = bytes(ba)
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print("del", src, (sl.start, sl.stop, sl.step), r)
        for v in values:
            ba = bytearray(src)
            try:
                ba[sl] = v
                r = bytes(ba)
            except Exception as e:
                r = type(e).__name__ + ": " + str(e)
            print("set", src, (sl.start, sl.stop, sl.step), type(v).__name__, r)
for src in srcs:
    for i in [0, -1, 5, 20, -20]:
        ba = bytearray(src)
        for op in ["get", "set", "del", "pop", "insert"]:
            try:
                if op == "get": r = ba[i]
                elif op == "set": ba[i] = 1; r = bytes(ba)
                elif op == "del": del ba[i]; r = bytes(ba)
                elif op == "pop": r = (ba.pop(i), bytes(ba))
                else: ba.insert(i, 90); r = bytes(ba)
            except Exception as e:
                r = type(e).__name__ + ": " + str(e)
            print(op, src, i, r)
ba = bytearray(b"ab")
ba += bytearray(b"cd"); ba *= 2; ba.extend(range(65, 68)); ba.extend(iter([97]))
print(ba, ba * 0, 0 * ba, ba[:2] * 3, bytearray(b"x") + memoryview(b"y"))
for bad in [lambda: ba.extend(5), lambda: ba.extend("s"), lambda: ba.extend([1.5]), lambda: ba.append(-1), lambda: ba.insert("0", 1), lambda: ba.remove(b"a"), lambda: ba + "s"]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
