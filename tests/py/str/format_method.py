print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0[1]} {0[key]}".format({1: "one", "key": "k"}), "{.real}".format(3 + 4j))
print("{:>8}|{:<8}|{:^8}|{:*^8}".format("r", "l", "c", "s"))
print("{:,}".format(10**9), "{:.3}".format("abcdef"), "{!r:>6}".format("x"), "{{}}".format())
print("{:{w}.{p}f}".format(3.14159, w=10, p=2))
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(e)
try:
    "{x}".format()
except KeyError as e:
    print("KeyError", e)
print(format("s", "^5"), format(3, "") , "{:d}".format(True), format(0.5, "5.1%"))
