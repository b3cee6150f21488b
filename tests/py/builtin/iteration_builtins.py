print(list(enumerate("ab")), list(enumerate("ab", start=10)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(e)
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(None, [0, 1, "", "a"])))
print(list(filter(lambda x: x > 1, [1, 2, 3])), list(reversed([1, 2, 3])), list(reversed("ab")))
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
calls = iter(lambda: calls_list.pop(), 0)
calls_list = [0, 1, 2]
print(list(calls))
try:
    reversed(5)
except TypeError as e:
    print(e)
