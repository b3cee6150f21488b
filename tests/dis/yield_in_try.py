def gen():
    try:
        yield 1
    finally:
        cleanup()
    while True:
        x = yield
        if x is None:
            break
