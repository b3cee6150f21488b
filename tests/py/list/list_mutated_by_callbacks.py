l = [1, 2, 3]
class I:
    def __index__(self):
        l.clear()
        return 1
try:
    print(l.pop(I()), l)
except IndexError as e:
    print(e, l)
l = [1, 2, 3]
class E:
    def __eq__(self, o):
        l.clear()
        return True
l.remove(E())
print(l)
l = [1, 2, 3, 4]
try:
    del l[I()]
except IndexError as e:
    print(e)
print(l)
l = [1, 2, 3, 4]
l[0:I()] = [9]
print(l)
