import sys
total = 0
for i, line in enumerate(sys.stdin):
    total += len(line)
    print(i, repr(line))
print('total', total)
print(repr(input.__name__))
