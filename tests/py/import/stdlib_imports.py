import math, itertools, functools, collections, string, operator
print(math.floor(-0.5), list(itertools.chain([1], [2])), functools.reduce(operator.add, [1, 2, 3]))
print(string.ascii_lowercase[:5], collections.deque([1, 2], maxlen=2), list(itertools.permutations("ab")))
print(list(itertools.accumulate([1, 2, 3])), list(itertools.product("ab", repeat=2))[:3], operator.itemgetter(1)("xyz"))
