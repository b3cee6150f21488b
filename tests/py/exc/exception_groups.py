eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
print(repr(eg), str(eg), len(eg.exceptions))
try:
    raise eg
except* ValueError as g:
    print("values", repr(g))
except* TypeError as g:
    print("types", repr(g))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(e)
