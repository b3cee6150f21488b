with open(p) as f:
    data = f.read()
with a, b as c:
    pass
