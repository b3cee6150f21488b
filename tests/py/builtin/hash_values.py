print(hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 20), hash(2 ** 61 - 1), hash(-(2 ** 61 - 1)))
print(hash(""), hash("a") == hash("a"), hash(()), hash((1, 2)), hash((1, (2, 3))), hash(("a", 1)) == hash(("a", 1)))
print(hash("hello"), hash("moult"), hash(("x", "y")), hash(b"bytes"))
print(hash(1.0) == hash(1), hash(0.5), hash(True), hash(None) == hash(None), hash(frozenset()))
