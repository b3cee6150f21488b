import struct
print(struct.pack("<hHiIq", -2, 65535, -7, 7, -1), struct.pack(">f", 1.5), struct.pack("<d", 0.1), struct.pack("!e", 0.333), struct.pack("@bi", 1, 2), struct.pack("=bi", 1, 2), struct.pack("3s2x?c", "abcd".encode(), True, "z".encode()), struct.pack("5p", "hi".encode()))
print(struct.calcsize("@bi"), struct.calcsize("<bi"), struct.calcsize("@bhq"), struct.calcsize("@qb"), struct.calcsize("10s"), struct.calcsize("@P"), struct.calcsize("ll"), struct.calcsize("<ll"))
for fmt, vals in [("<i", (123456,)), (">Q", (2 ** 64 - 1,)), ("<f", (3.14159,)), ("<d", (-2.5e-300,)), ("<e", (65504.0,)), ("<f", (1e-40,)), (">d", (float("inf"),)), ("<hh", (1, -1)), ("4s", ("ab".encode(),)), ("?", (0,))]:
    packed = struct.pack(fmt, *vals); print(fmt, packed, struct.unpack(fmt, packed))
print(struct.unpack("<f", struct.pack("<f", 0.1)), struct.unpack("<e", struct.pack("<e", 0.1)), list(struct.iter_unpack("<h", bytes(range(6)))), struct.unpack_from("<H", bytes([0, 1, 2, 3]), 1))
s = struct.Struct("<2i"); print(s.size, s.format, s.pack(1, 2), s.unpack(s.pack(3, 4)))
buf = bytearray(8); struct.pack_into("<i", buf, 2, -1); print(buf)
for fmt, vals in [("b", (200,)), ("B", (-1,)), ("h", (40000,)), ("<i", (2 ** 40,)), ("i", (1.5,)), ("ii", (1,)), ("z", (1,)), ("<f", (1e40,))]:
    try: struct.pack(fmt, *vals)
    except (struct.error, OverflowError) as e: print(fmt, type(e).__name__, e)
try: struct.unpack("<i", bytes(3))
except struct.error as e: print(e)
