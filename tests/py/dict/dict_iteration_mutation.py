d = {i: str(i) for i in range(5)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(e)
e = {"a": 1}
it = iter(e)
e["b"] = 2
try:
    next(it)
except RuntimeError as err:
    print(err)
print(list(zip(d.keys(), d.values())) == list(d.items()), len(d))
print({1: 1}.keys() == {1}, {1: 2}.values() == {1: 2}.values(), list({}.items()))
