print((1, 2) == (1, 2), (1, 2) == [1, 2], (1, "a") < (1, "b"), (1, 2) < (1, 2, 0), (2,) > (1, 99))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), min((3, 1), (2, 9)), max([(0,), (0, 0)]))
try:
    (1, "a") < ("a", 1)
except TypeError as e:
    print(e)
print(hash((1, 2, 3)), hash(()), hash((1, (2, (3,)))), hash((1.0, 2)) == hash((1, 2)))
print((1, 2).count(1), (1, 2, 1).index(1, 1), repr((1,)), str(("a", 'b"')))
try:
    (1, 2).index(3)
except ValueError as e:
    print(e)
