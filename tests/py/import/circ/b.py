from . import a
NAME = "b"
def partial_name():
    return a.NAME
