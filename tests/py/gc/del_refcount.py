# Reference counting frees an object, and runs its __del__, the moment its last
# reference goes: at the end of a function, on reassignment, on del, after with.
class R:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)


def f():
    r = R("local")
    print("in f")


f()
print("after f")
a = R("a")
a = R("b")
print("reassigned")
del a
print("deleted")


class Ctx:
    def __enter__(self):
        return R("with")

    def __exit__(self, *e):
        return False


with Ctx() as w:
    print("body")
del w
print("after with")
items = [R("x%d" % i) for i in range(3)]
items.pop(1)
print("popped")
items = None
print("list dropped")
saved = []


class Phoenix:
    def __del__(self):
        print("phoenix del")
        saved.append(self)


p = Phoenix()
del p
print(len(saved))
saved.clear()
print("end")
