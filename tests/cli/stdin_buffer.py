import sys
print(repr(sys.stdin.buffer.readline()))
print(repr(sys.stdin.buffer.read(4)))
print(repr(sys.stdin.buffer.read()))
print(repr(sys.stdin.buffer.read()))
sys.stdout.write('text ')
sys.stdout.buffer.write(b'then bytes\n')
print(sys.stdout.buffer.write(bytearray(b'ba\n')))
