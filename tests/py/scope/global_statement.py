counter = 0
def bump():
    global counter
    counter += 1
def make_new():
    global fresh
    fresh = "made"
bump(); bump()
print(counter)
make_new()
print(fresh)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
