text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief"""
counts = {}
for word in text.lower().replace(",", "").split():
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for w, c in top:
    print(f"{w:<8}{c:>3} {'#' * c}")
print(len(counts), max(counts, key=len))
