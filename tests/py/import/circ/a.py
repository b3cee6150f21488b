from . import b
NAME = "a"
def hello():
    return "a sees " + b.NAME
