import base64, binascii
hw = "hello world".encode()
print(base64.b64encode(hw), base64.b64decode('aGVsbG8gd29ybGQ='), base64.b64decode('aGVsbG8=\n'.encode()), base64.urlsafe_b64encode(bytes([251, 255, 191])), base64.urlsafe_b64decode('-_-_'), base64.b16encode('hi'.encode()), base64.b16decode('6869'), base64.b32encode('hi'.encode()), base64.standard_b64encode('x'.encode()), base64.encodebytes('ab'.encode()))
for bad in ['abc', 'abcde', 'a']:
    try: base64.b64decode(bad)
    except binascii.Error as e: print(type(e).__name__, e, isinstance(e, ValueError))
try: base64.b64decode('ab!c', validate=True)
except binascii.Error as e: print(type(e).__name__, e)
print(base64.b64decode('ab!c=='), base64.b32decode('NBUQ===='), base64.b32decode('nbuq====', casefold=True), [base64.b32encode(bytes(range(n))) for n in range(7)])
for n in range(8):
    data = bytes(range(250, 250 - n, -1)) if n else bytes()
    enc = base64.b64encode(data); print(n, enc, base64.b64decode(enc) == data, base64.b32decode(base64.b32encode(data)) == data)
print(binascii.hexlify("abc".encode()), binascii.unhexlify("616263"), binascii.crc32("hello".encode()), binascii.hexlify(bytes([1, 2, 3]), "-"), binascii.b2a_base64("z".encode()))
