import sys
print("a", "b", sep="-", end="!\n")
print("x", 1, None, sep="")
print(end="")
print()
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*range(5), sep=", ")
print("no newline", end="")
print(" continued")
print("a", "b", sep=None, end=None)
try:
    print(sep=1)
except TypeError as e:
    print(e)
sys.stdout.write("written\n")
sys.stderr.write("err written\n")
