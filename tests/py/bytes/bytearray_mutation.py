ba = bytearray(b"hello")
ba[0] = ord("j")
ba.append(33)
ba.extend(b"??")
ba += b"!"
print(ba, len(ba), ba.pop(), ba)
del ba[0:2]
ba[0:1] = b"XYZ"
print(ba, bytes(ba), ba.decode(), ba == b"XYZlo!?", ba.find(b"lo"))
ba.reverse()
print(ba, bytearray(3), bytearray([1, 2]), bytearray("ab", "ascii"))
ba.clear()
print(ba, ba.__class__.__name__)
try:
    bytearray(b"a")[0] = 300
except ValueError as e:
    print(e)
