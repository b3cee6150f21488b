pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[1], reverse=True))
words = "banana Apple cherry apple Banana".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
try:
    [1, "a"].sort()
except TypeError as e:
    print(e)
l = [5, 3, 1]
r = l.sort()
print(r, l)
try:
    sorted([1], lambda x: x)
except TypeError as e:
    print(e)
