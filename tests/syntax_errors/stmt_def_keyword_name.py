def None():
    pass
