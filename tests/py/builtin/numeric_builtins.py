print(sum([1, 2, 3]), sum([1.5, 2]), sum([[1], [2]], []), sum(range(5), 10), sum([]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
print(abs(-5), abs(-2.5), abs(3 + 4j), abs(True), round(3.14159, 2), round(5), round(-0.5))
print(divmod(17, 5), divmod(-17, 5), divmod(5.5, 2), pow(2, 8), pow(2, -2), pow(5, 3, 13))
print(any([]), all([]), any([0, "", 1]), all([1, "a", []]), any(iter([0, 0])))
print(bin(5), oct(64), hex(4096), bin(-5), hex(0), chr(65), ord("A"))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
