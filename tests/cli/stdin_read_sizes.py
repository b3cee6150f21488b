import sys
print(repr(sys.stdin.read(4)), repr(sys.stdin.read(0)), repr(sys.stdin.readline()))
print(repr(sys.stdin.read()))
print(repr(sys.stdin.read(5)))
