class Default(dict):
    def __missing__(self, key):
        return f"missing {key}"
d = Default(a=1)
print(d["a"], d["b"], d.get("b"), "b" in d)
from collections import defaultdict, Counter, OrderedDict
dd = defaultdict(list)
dd["x"].append(1)
dd["y"]
print(dict(dd), sorted(dd))
c = Counter("abracadabra")
print(c.most_common(2), c["z"], sorted(c.items()))
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(list(od), od == {"b": 2, "a": 1})
