class A:
    def __repr__(self): raise RuntimeError("in repr")
def h(): return A().missing_attr_name
try:
    h()
except AttributeError as e: print(e)
obj = {"abc": 1}
print(obj.get("abc"))
def go():
    data = [1, 2, 3]
    return data.appendd(4)
go()
