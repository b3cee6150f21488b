words = ["apple", "bob", "cat", "apple", "dog"]
print({w: len(w) for w in words}, {i: i * i for i in range(5) if i % 2})
print({v: k for k, v in {"a": 1, "b": 2}.items()}, dict.fromkeys(words))
nested = {k: {j: k * j for j in range(2)} for k in range(3)}
print(nested, nested[2][1])
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print(by_len, sorted(by_len.items(), key=lambda kv: -kv[0]))
