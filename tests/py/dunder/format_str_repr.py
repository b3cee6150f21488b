class M:
    def __format__(self, spec):
        return f"<{spec or 'empty'}>"
    def __str__(self):
        return "str!"
    def __repr__(self):
        return "repr!"
m = M()
print(f"{m}", f"{m:xyz}", format(m, '>5'), str(m), repr(m), f"{m!s}", f"{m!r}")
print("{0} {0!r} {0:abc}".format(m))
class P:
    pass
try:
    format(P(), 'd')
except TypeError as e:
    print(e)
