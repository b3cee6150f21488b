class C:
    def __init__(self):
        self.value = 1
try:
    C().valeu
except AttributeError as e:
    print(e, e.name, type(e.obj).__name__)
try:
    import math
    math.sqr
except AttributeError as e:
    print(e)
try:
    prnt
except NameError as e:
    print(e, e.name)
