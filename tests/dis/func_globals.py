counter = 0
def inc():
    global counter
    counter += 1
    return counter
def use():
    return len(counter)
