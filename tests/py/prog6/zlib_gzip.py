import zlib
data = b'The quick brown fox jumps over the lazy dog. ' * 50
for lvl in (0, 1, 6, 9, -1):
    c = zlib.compress(data, lvl)
    print(lvl, zlib.decompress(c) == data, len(c) < len(data) or lvl == 0)
print(zlib.crc32(b'hello world'), zlib.adler32(b'hello world'), zlib.crc32(b'world', zlib.crc32(b'hello ')))
print(hex(zlib.crc32(b'')), zlib.adler32(b''))
print(zlib.decompress(zlib.compress(b'')))
g = zlib.compress(data, wbits=31)
print(g[:3], zlib.decompress(g, 31) == data, zlib.decompress(g, 47) == data)
r = zlib.compress(data, wbits=-15)
print(zlib.decompress(r, -15) == data)
c = zlib.compressobj()
parts = [c.compress(data[i:i+100]) for i in range(0, len(data), 100)]
parts.append(c.flush())
z = b''.join(parts)
print(zlib.decompress(z) == data)
d = zlib.decompressobj()
out = b''.join(d.decompress(z[i:i+30]) for i in range(0, len(z), 30)) + d.flush()
print(out == data, d.eof)
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b'abc') + b'xyz'), d.unused_data, d.eof)
for bad in (b'garbage', zlib.compress(b'abcdef')[:-3]):
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print('error:', e)
try:
    zlib.crc32('s')
except TypeError as e:
    print(e)
try:
    zlib.compress(b'x', 10)
except zlib.error as e:
    print(e)
import zlib as z2
print(zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION, zlib.DEFLATED, zlib.error.__name__)
big = bytes(range(256)) * 400
print(zlib.decompress(zlib.compress(big, 9)) == big)
real = bytes.fromhex('78da2594cb01c330084357c908e667f0fe8b558f5e1a37012c24c1f9eccbef7d763faf2fee97efbbf98d7d76ce67ae67a6be2ae22944315e7acefbc253f1ca565ca69e935ff9fbaaef771577f56cfd6fbd1f7d7f8a7b97ba4ab4a30a662a65d43457710b6e49ae2beebd00b8206921b2493008a11f501888fdbccfe3e4e7794cc894e19753f36ef8fa14176484ea035ac843f5225539b8235ab7c5e8de7842904758125419c29729a47985399b6e69a38efa29a3e1a0637df98a9eab393dbdbb475f9565625319b7947b5b55eea85e9f821c65b4eefcba746fb710f4139681fa71e19b448b2bcc3342ffe843113a09a5d854976fce6a0559c7f79c0782af2244b382cdc833f3e09cf068174a6d60d7ff4a079c7b41bf374af85b51569fc85a81502d1e02a6ddf506b942c97906e994a7df1011b69c580de7bbef6f107337fe42a5f5d6e9a4666ffd7edc357baf44e7bc78de01db5b9c6fcdf1c0af9ed58b1ffaf2d318c4fe0e092c62f0e024cb2ef0e37f9b38bc7918ef23d7474d7c6e6e067512e6e518ea177ac8fbe4162ab9d4d5fb8b762ee08a5f45bd8b09697476758111515f3343eec313fe4a3c8860712273361685ab388fb3e12aa1574c385e936d31aae3c00863f2025f46a8b4acccbd92e871c6c351819d6b9d7dd157965fbf0fd6ef9d82be0cc4ec6c684039333192f7ec289c9d6da6fbe49e47efd39839c46748c89572ac0d673e335cf5f55f776927ec666096a58df06431e159cd80dd9db07b19b1661b64d70e193b42bb84dc616fe45369fdb24bea1803b65c951dceb63b475660fbb087f49f110d7653c5a86625fb4a53aabbaab8570a3d4696bd5672a3629a5da7dd45ee686cf45beaa5641cc53c41d74cd3ef3da5de2155536e5a051af3237eeefaeac69e63dfe7c6e4c6d7e6d6d6b9d4a475c53477ddbd57ac090312e9fd039b50b21ece6e8a037ec1647f187db5d3636fbf1df4ae6d221e3ae1a40b7e7a6750bee17c771f377c76c36d2fcf3d70aeb153cd396831075d6677f3187a8da3dd383a4ea0e9acbeda50eca942f7293c20f8ea719a7e35b8ea7d06cfcce09fd1e6b21ff2af3933')
print(zlib.decompress(real) == ' '.join(str(i*i) for i in range(300)).encode())
import gzip
import gzip, io, os, tempfile
data = b'line one\nline two\n' * 20
g = gzip.compress(data, mtime=0)
print(g[:10], gzip.decompress(g) == data)
print(gzip.decompress(gzip.compress(b'a', mtime=0) + gzip.compress(b'b', mtime=0)))
d = tempfile.mkdtemp()
p = os.path.join(d, 'x.txt.gz')
with gzip.open(p, 'wb') as f:
    f.write(data)
with gzip.open(p, 'rb') as f:
    print(f.readline(), len(f.read()))
with gzip.open(p, 'rt', encoding='utf-8') as f:
    print([line.rstrip() for line in f][:3])
with gzip.open(p, 'wt') as f:
    f.write('héllo\nworld\n')
with gzip.open(p, 'rt') as f:
    print(repr(f.read()))
with open(p, 'rb') as f:
    raw = f.read()
print(raw[:4], raw[10:16])
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as f:
    f.write(b'abc')
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.read())
try:
    gzip.decompress(b'not gzip data')
except gzip.BadGzipFile as e:
    print('BadGzipFile', e)
try:
    gzip.decompress(g[:-5])
except EOFError as e:
    print('EOFError', e)
