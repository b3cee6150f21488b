def d(name):
    print("make", name)
    def deco(f):
        print("apply", name)
        def w():
            return name + "(" + f() + ")"
        return w
    return deco
@d("outer")
@d("inner")
def f():
    return "f"
print(f())
