# Every algorithm of each family (SHA-2, SHA-3, SHAKE, BLAKE2) with its sizes,
# copies and the data crossing a block boundary.
import hashlib
for n in sorted(hashlib.algorithms_guaranteed):
    for data in [b'', b'abc', b'x' * 130]:
        h = hashlib.new(n, data)
        print(n, h.hexdigest(20) if n.startswith('shake') else h.hexdigest(), h.digest_size,
              h.block_size, h.name)
    c = getattr(hashlib, n)()
    c.update(b'ab')
    d = c.copy()
    d.update(b'c')
    print(d.hexdigest(8) if n.startswith('shake') else d.hexdigest())
print(hashlib.sha3_256().name, hashlib.shake_128().digest_size)
print(hashlib.blake2b(b'k', digest_size=16, key=b'key', salt=b's', person=b'p').hexdigest())
print(hashlib.blake2s(b'k', digest_size=10, key=b'key').hexdigest())
