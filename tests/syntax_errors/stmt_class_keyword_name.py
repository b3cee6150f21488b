class False:
    pass
