class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): self.parts.append("<flush>")
w = W()
print("a", 1, sep="-", end="!", file=w, flush=True)
print(file=w)
print(w.parts)
print("x", 1, None, sep="")
print(end="")
print()
print("flushed", flush=True)
print(*range(5), sep=", ")
print("no newline", end="")
print(" continued")
print("a", "b", sep=None, end=None)
try:
    print(sep=1)
except TypeError as e:
    print(e)
try:
    print(file=3)
except AttributeError as e:
    print(e)
