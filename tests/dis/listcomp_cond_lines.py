def f(parts):
    return [part
            for part in parts
            if part and part != SUPPRESS]
