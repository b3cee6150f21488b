# Dicts keyed by strs (found by text, surrogates kept apart) and str iteration.
d = {}
text = "the cat and the hat and the bat"
for w in text.split():
    d[w] = d.get(w, 0) + 1
print(d, "the" in d, "th" + "e" in d, "dog" in d)
lone = "a\udc80"
d[lone] = 1
d["a\ufffd"] = 2
print(d[lone], d["a\ufffd"], len(d), "a\udc80" in d, "a\udc81" in d)
print(list("abc"), [c for c in "héllo"], list("x\udc80y"))
print("".join(reversed([c for c in "hello world" if c != "o"])))
it = iter("ab")
print(next(it), next(it), next(it, "end"))
print([c is "abc"[i] for i, c in enumerate("abc")])
