decos = {'double': lambda f: lambda x: 2 * f(x)}
@decos['double']
def f(x):
    return x + 1
print(f(3))
class NS:
    @staticmethod
    def up(f):
        return lambda: f().upper()
@NS.up
def g():
    return "hi"
print(g())
