# A small text-processing program mixing str methods, formatting, bytes and complex.
text = """The quick brown fox jumps over the lazy dog.
Pack my box with five dozen liquor jugs!  Ünïcödé line: naïve café, Straße.
How vexingly quick daft zebras jump; the five boxing wizards jump quickly."""
words = [w.strip(".,;:!").lower() for w in text.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print("{:<10}|{:>5}".format("word", "n"))
print("-" * 16)
for w, n in top:
    print(f"{w:<10}|{n:>5}")
lines = text.splitlines()
width = max(len(l) for l in lines)
for i, l in enumerate(lines, 1):
    print("%2d: %s" % (i, l.center(width, "·")[:40]), "|", l.title()[:20], l.swapcase()[-12:])
table = [("pi", 3.14159265), ("e", 2.718281828), ("big", 12345678.9), ("tiny", 0.000012345), ("neg", -42.5)]
for name, v in table:
    print(f"{name:>6} {v:12.4f} {v:>12.3e} {v:<12,.2f} {v:+.2%} {v!r:>16}")
enc = text.encode("utf-8")
print(len(text), len(enc), enc[:20], enc.count(b"o"), enc.decode("utf-8")[-10:], text.encode("ascii", "replace")[70:95])
csv = "name,age,city\nAnn,31,Oslo\nBob,27,Rome\n"
rows = [r.split(",") for r in csv.strip().split("\n")]
hdr, *data = rows
print(hdr, [dict(zip(hdr, r)) for r in data])
print(" | ".join(f"{h.upper():^6}" for h in hdr))
print("%-6s|%4s|%s" % tuple(data[0]), "{0[0]}-{0[2]}".format(data[1]))
b = bytearray(b"\x00" * 4)
b[1:3] = (513).to_bytes(2, "little")
print(b, int.from_bytes(b, "big"), b.hex(" "), bytes(b).replace(b"\x00", b"."))
z = sum(complex(i, -i) for i in range(5)) / 3
print(z, abs(z), f"{z:.3f}", z.conjugate() * z, (1 + 2j) ** 3)
