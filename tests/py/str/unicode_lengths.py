for s in ["ascii", "café", "naïve", "日本語", "😀👍", "e\u0301", "Straße"]:
    print(s, len(s), len(s.encode("utf-8")), len(s.encode("utf-16-le")) // 2, s.upper(), s[::-1])
print("ﬁ".upper(), "İ".lower(), len("İ".lower()), "ß".upper(), "ǆ".title())
print(sorted(["b", "A", "a", "é", "Z"]), "a" < "é", ord(max("hello world")))
