@dec
def f():
    pass
@dec1
@dec2(arg)
class C:
    pass
