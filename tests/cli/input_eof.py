import sys
print(input('first> '))
print(repr(input()))
try:
    input('gone> ')
except EOFError as e:
    print('EOFError', repr(e))
print(sys.stdin.read() == '')
try:
    input('again> ')
finally:
    print('exit status 5 follows')
    sys.stderr.write('no traceback path here\n')
    raise SystemExit(5)
