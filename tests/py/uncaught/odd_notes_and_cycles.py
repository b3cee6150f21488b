class BadStr(Exception):
    def __str__(self):
        raise ValueError("no str")
class Note:
    def __str__(self):
        return "object note"
a = KeyError("a")
b = ValueError("b")
a.__context__ = b
b.__context__ = a
e = BadStr()
e.__notes__ = ["text note", Note(), "multi\nline"]
try:
    raise a
except KeyError:
    try:
        raise e
    except BadStr as x:
        y = TypeError("final")
        y.__notes__ = "not a list"
        raise y
