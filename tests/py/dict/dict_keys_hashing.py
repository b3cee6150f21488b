d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
d[(1, 2)] = "tuple"
d["s"] = "str"
d[None] = "none"
d[frozenset({1})] = "fs"
print(len(d), d[(1, 2)], d[None], d[frozenset([1])])
try:
    d[[1]] = 1
except TypeError as e:
    print(e)
try:
    d[{}] = 1
except TypeError as e:
    print(e)
print(repr({}), repr({1: {2: [3]}}), {"a": 1} == {"a": 1}, str({'q': "'"}))
r = {}
r["self"] = r
print(r)
