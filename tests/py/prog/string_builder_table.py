rows = [("name", "qty", "price"), ("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 0.1)]
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
for r in rows:
    print(" | ".join(f"{str(v):<{w}}" if i == 0 else f"{str(v):>{w}}" for i, (v, w) in enumerate(zip(r, widths))))
print("-+-".join("-" * w for w in widths))
total = sum(q * p for _, q, p in rows[1:])
print(f"{'total':<{widths[0]}} | {total:>{widths[1] + widths[2] + 3}.2f}")
