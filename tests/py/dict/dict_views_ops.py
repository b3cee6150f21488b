# dict views as sets, dict operators and methods' error messages.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(*[sorted(s) for s in (k & {"a", "z"}, k | ["q"], k - {"a"}, k ^ {"a", "z"}, {"b", "y"} & k, k - ["c"])])
print(sorted(it & {("a", 1), ("b", 3)}), it - {("a", 1)} == {("b", 2), ("c", 3)}, type(k & k).__name__)
print(k == {"a", "b", "c"}, k != {"a"}, k < {"a", "b", "c", "d"}, k >= {"a"}, it <= {("a", 1), ("b", 2), ("c", 3)})
print(v == v, v == d.values(), k == ["a", "b", "c"], k.isdisjoint(["x"]), it.isdisjoint([("a", 2)]))
print(len(k), len(v), len(it), "a" in k, 2 in v, ("a", 1) in it, ("a", 2) in it, list(reversed(it)))
print(repr(k), repr(v), repr(it), list(reversed(k)), list(reversed(v)))
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(it)).__name__, type(reversed(d)).__name__)
try:
    k[0]
except TypeError as e:
    print(e)
try:
    k + k
except TypeError as e:
    print(e)
d["d"] = 4
print(k, v, it)
print(d | {"a": 0, "e": 5}, {"x": 1} | d)
ee = dict(d)
ee |= [("f", 6)]
ee |= {"a": -1}
print(ee)
try:
    d | [("a", 1)]
except TypeError as e:
    print(e)
try:
    ee |= 5
except TypeError as err:
    print(err)
for name, args in [("get", ()), ("pop", ()), ("setdefault", ()), ("keys", (1,)), ("popitem", (1,)),
                   ("update", ({}, {})), ("copy", (1,)), ("get", (1, 2, 3))]:
    try:
        getattr({}, name)(*args)
    except TypeError as err:
        print(name, err)
try:
    dict(1)
except TypeError as err:
    print(err)
try:
    dict([1])
except TypeError as err:
    print(err)
try:
    dict([[1, 2, 3]])
except ValueError as err:
    print(err)
try:
    dict({}, {})
except TypeError as err:
    print(err)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], []), {}.fromkeys(range(2), 0), dict.fromkeys(iter("xy"), 1))
d = {1: "a", 2: "b"}
print(d.popitem(), d, d.setdefault(3, "c"), d.setdefault(1, "z"), d.pop(1), d.pop(9, None), d)
x = {}
x["self"] = x
print(x, [x], {"k": [x]})
d = {i: i * i for i in range(6)}
for key in list(d):
    if key % 2:
        del d[key]
print(d)
for bad in ("add", "delete", "same_size"):
    d = {1: 1, 2: 2, 3: 3}
    try:
        for key in d:
            if bad == "add":
                d[key + 10] = 0
            elif bad == "delete":
                del d[key]
            else:
                d[key] = "changed value is fine"
    except RuntimeError as err:
        print(bad, err)
    print(bad, d)
d = {1: 1}
it = iter(d.items())
d[2] = 2
try:
    next(it)
except RuntimeError as err:
    print(err)
try:
    next(it)
except StopIteration:
    print("stopped")
except RuntimeError as err:
    print("again", err)
class Mapping:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, key):
        return key * 2
print(dict(Mapping()), {**{"a": 1}, **{"a": 2, "b": 3}}, dict(a=1, **{"b": 2}))
d = {}
d.update(Mapping(), z=0)
print(d, {1: 2} == {1: 2.0}, {1: 2} == {1: 3}, {True: "t"} == {1: "t"}, {1: "a", 1.0: "b", True: "c"})
try:
    {1: 2}.keys() - 3
except TypeError as err:
    print(err)
try:
    3 & {1: 2}.items()
except TypeError as err:
    print(err)
try:
    {1: 2}.values() - {1: 2}.values()
except TypeError as err:
    print(err)
print(sorted({1: "a"}.keys() | {1: "a"}.values(), key=repr), {1: 2}.values() in {}, {1: 2}.keys() ^ [1, 5])
try:
    {1: 2}.keys() in {}
except TypeError as err:
    print(err)
