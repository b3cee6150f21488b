match = 1
case = 2
_ = 3
match.x = 4
match[0] = 5
match(a, b)
print(match, case)
def match(): pass
match *a, b:
    case _: pass
match -x:
    case 1: pass
match a, b:
    case (1, 2): pass
type = 1
