def f():
    try:
        g()
    except E as e:
        if e:
            h()
