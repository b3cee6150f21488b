def f():
    try:
        if a:
            g()
        else:
            h()
    except E:
        pass
