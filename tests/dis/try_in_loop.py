for x in xs:
    try:
        f()
    except E:
        g()
