class C:
    def __init__(self):
        self.value = 1
        self.colour = 2
    def method(self): pass
for n in ["valeu", "color", "methd", "Value", "zzzzzz", "v", "__init_", "valu"]:
    try:
        getattr(C(), n)
    except AttributeError as e:
        pass
try:
    C().metod
except AttributeError as e:
    pass
C().colr
