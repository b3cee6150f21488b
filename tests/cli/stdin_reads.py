import sys
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.readline(3)))
print(repr(sys.stdin.readline()))
print(sys.stdin.readlines(1))
print(sys.stdin.readlines())
print(repr(sys.stdin.readline()), repr(sys.stdin.read()))
