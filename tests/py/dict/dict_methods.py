d = dict(a=1, b=2)
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 9), d)
print(d.pop("a"), d.pop("z", "none"), d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("w", 0)])
print(d, dict.fromkeys("ab", 0), dict([(1, 2)]), dict(zip("ab", [1, 2])))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    d["nope"]
except KeyError as e:
    print(repr(e))
print({**d, "b": 5} | {"c": 6}, d.copy() == d)
e = {"a": 1}
e |= {"b": 2}
print(e, {1: "a"} == {1.0: "a"}, {True: 1, 1: 2})
