lines = ["# header", "alpha 1", "", "beta 22", "# skip", "gamma 333", "delta x"]
def non_comment(ls):
    for l in ls:
        if l and not l.startswith("#"):
            yield l
def parsed(ls):
    for l in ls:
        name, _, val = l.partition(" ")
        try:
            yield name, int(val)
        except ValueError:
            print("skipping", repr(l))
result = dict(parsed(non_comment(lines)))
print(result, sum(result.values()))
