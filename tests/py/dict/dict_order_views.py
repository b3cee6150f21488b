d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["b"]
d["b"] = 4
print(d)
k = d.keys()
d["z"] = 0
print(k, len(k), "z" in k, k & {"a", "q"}, k | {"q"} == {"a", "b", "c", "z", "q"}, d.items() >= {("a", 2)})
print(reversed(d).__class__.__name__, list(reversed(d)))
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print(e)
