checks = [
    (list, "__iter__"), (list, "__len__"), (list, "__getitem__"), (list, "__contains__"),
    (dict, "__iter__"), (dict, "__len__"), (dict, "__getitem__"), (dict, "__contains__"),
    (str, "__iter__"), (str, "__len__"), (str, "__contains__"), (str, "__getitem__"), (str, "__hash__"),
    (tuple, "__iter__"), (tuple, "__getitem__"), (tuple, "__hash__"), (int, "__hash__"), (int, "__add__"),
    (set, "__iter__"), (set, "__len__"), (set, "__contains__"), (frozenset, "__hash__"),
    (type(iter([])), "__next__"), (type(iter([])), "__iter__"), (type(len), "__call__"),
    (type(lambda: 0), "__call__"), (type(lambda: 0), "__get__"), (range, "__iter__"), (range, "__len__"),
    (type({}.keys()), "__iter__"), (type({}.keys()), "__len__"), (type((x for x in [])), "__next__"),
    (type((x for x in [])), "__iter__"), (object, "__hash__"), (list, "__hash__"), (dict, "__hash__"),
    (float, "__hash__"), (type(None), "__hash__"), (bool, "__hash__"), (type, "__call__"),
]
for t, n in checks:
    print(t.__name__, n, n in t.__dict__, t.__dict__.get(n, 0) is None)
print(getattr(int, "__lt__") is not getattr(object, "__lt__", None))
print(getattr(type("X", (), {}), "__lt__") is getattr(object, "__lt__"))
