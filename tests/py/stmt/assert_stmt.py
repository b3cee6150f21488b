assert True
assert 1 == 1, "never"
try:
    assert 1 == 2
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args)
x = []
try:
    assert x, f"empty: {x}"
except AssertionError as e:
    print(e)
