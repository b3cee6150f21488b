class Spy:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith('__'):
            print("get", name)
        return object.__getattribute__(self, name)
s = Spy()
print(s.a)
try:
    s.missing
except AttributeError as e:
    print(e)
class Both:
    def __getattribute__(self, name):
        raise AttributeError(name)
    def __getattr__(self, name):
        return "fallback " + name
print(Both().zz)
