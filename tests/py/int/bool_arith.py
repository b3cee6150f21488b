print(True + True, True * 3, -True, ~True, True / 2, True // 1)
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True + 0).__name__)
print(str(True), repr(False), int(False), bool(0), bool(-1), bool(""), bool("0"))
print(True == 1, False == 0, hash(True), isinstance(False, int), [True, False].count(1))
print(sum([True, True, False]), max(True, 2))
try:
    class B(bool): pass
except TypeError as e:
    print(e)
