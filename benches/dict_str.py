# Dicts and strings: word counts, str methods, joins, %-free formatting.

WORDS = (
    "the quick brown fox jumps over the lazy dog while a small cat watches from "
    "under an old oak tree and the wind moves slowly across green fields of wheat "
    "near the river where children play until the sun goes down behind the hills"
).split()


def make_text(n):
    out = []
    k = 7
    for i in range(n):
        k = (k * 1103515245 + 12345) % 2147483648
        w = WORDS[k % len(WORDS)]
        if k % 5 == 0:
            w = w.upper()
        elif k % 7 == 0:
            w = w.capitalize()
        out.append(w)
    return " ".join(out)


def count_words(text):
    counts = {}
    for w in text.split():
        w = w.lower()
        counts[w] = counts.get(w, 0) + 1
    return counts


def index_words(text):
    by_first = {}
    for w in text.split():
        key = w[0].lower()
        if key in by_first:
            by_first[key].append(w)
        else:
            by_first[key] = [w]
    return by_first


def report(counts):
    lines = []
    for w in sorted(counts, key=lambda w: (-counts[w], w)):
        lines.append(f"{w:>10}: {counts[w]:6d}")
    return "\n".join(lines)


def main():
    text = make_text(120000)
    total = {}
    for _ in range(10):
        counts = count_words(text)
        for w, c in counts.items():
            total[w] = total.get(w, 0) + c
    groups = index_words(text)
    sizes = {k: len(v) for k, v in groups.items()}
    print(report(total)[:200])
    print(sorted(sizes.items())[:5])
    joined = "-".join(str(i) for i in range(30000))
    print(len(joined), joined.count("-"), joined.replace("-", "").count("7"))
    keys = [f"key{i}" for i in range(20000)]
    d = dict(zip(keys, range(20000)))
    s = 0
    for _ in range(5):
        for k in keys:
            s += d[k]
    print(s, "key123" in d, "nokey" in d)


main()
