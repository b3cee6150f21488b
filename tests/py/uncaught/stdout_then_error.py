import sys
for i in range(3):
    print("line", i)
print("warning line", file=sys.stderr)
[].pop()
