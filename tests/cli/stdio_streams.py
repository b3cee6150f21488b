import sys
n = sys.stdout.write('text one\n')
print('write returned', n, sys.stdout.write('é\n'))
sys.stdout.flush()
sys.stdout.buffer.write(b'bytes after flush\n')
sys.stdout.buffer.flush()
print('text after bytes', flush=True)
print('err count', sys.stderr.write('to stderr\n'), file=sys.stderr)
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.encoding, sys.stderr.errors, sys.stdout.errors, sys.stdin.errors)
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdin.mode, sys.stdout.mode)
print(sys.stdout.closed, sys.stdin.closed, sys.stdout.isatty(), sys.stdin.isatty())
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(*['a', 'b'], sep='-', end='!\n', file=sys.stdout, flush=True)
sys.stdout.writelines(['l1\n', 'l2\n'])
try:
    sys.stdout.write(b'x')
except TypeError as e:
    print(e)
try:
    sys.stdout.buffer.write('x')
except TypeError as e:
    print(e)
print(repr(sys.stdin.read()))
