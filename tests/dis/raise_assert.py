assert x
assert x, "message"
raise ValueError("bad")
