import sys
line = sys.stdin.readline()
print(ascii(line), len(line))
rest = sys.stdin.read()
print(ascii(rest))
sys.stdout.write(rest)
print(rest.encode('utf-8', 'surrogateescape'))
