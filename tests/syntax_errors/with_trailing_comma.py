with a, :
    pass
