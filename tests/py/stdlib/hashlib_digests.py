import hashlib
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    for data in ["", "abc", "hello world", "a" * 55, "a" * 56, "a" * 64, "a" * 111, "a" * 112, "a" * 129, "The quick brown fox jumps over the lazy dog"]:
        h = hashlib.new(name, data.encode())
        print(name, len(data), h.hexdigest(), h.digest_size, h.block_size)
h = hashlib.sha256(); h.update("part1".encode()); c = h.copy(); h.update("part2".encode())
print(h.hexdigest(), c.hexdigest(), hashlib.sha256("part1part2".encode()).hexdigest() == h.hexdigest(), h.name, len(h.digest()))
print(hashlib.md5("é".encode("utf-8")).hexdigest(), sorted(hashlib.algorithms_guaranteed)[:3] if False else None)
try: hashlib.sha256("str")
except TypeError as e: print(e)
