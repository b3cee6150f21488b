import hashlib
for data in [b"", b"abc", b"a" * 136]:
    print([hashlib.new(n, data).hexdigest() for n in ("sha3_224", "sha3_256", "sha3_384", "sha3_512")], hashlib.shake_128(data).hexdigest(10), hashlib.shake_256(data).hexdigest(70))
h = hashlib.sha3_256(); h.update(b"ab"); c = h.copy(); h.update(b"c"); print(h.hexdigest() == hashlib.sha3_256(b"abc").hexdigest(), c.hexdigest() == hashlib.sha3_256(b"ab").hexdigest(), h.name, h.digest_size, h.block_size)
for data in [b"", b"abc", b"x" * 128, b"y" * 129]:
    print(hashlib.blake2b(data).hexdigest(), hashlib.blake2s(data).hexdigest(), hashlib.blake2b(data, digest_size=16).hexdigest(), hashlib.blake2s(data, key=b"secret").hexdigest(), hashlib.blake2b(data, key=b"k", salt=b"salt", person=b"me").hexdigest()[:32])
b = hashlib.blake2b(b"part"); b2 = b.copy(); b.update(b"more"); print(b.hexdigest() == hashlib.blake2b(b"partmore").hexdigest(), b2.digest() == hashlib.blake2b(b"part").digest(), b.name, b.digest_size, b.block_size, hashlib.blake2s().name)
