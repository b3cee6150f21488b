def t(x):
    try:
        print("try", x)
        r = 10 / x
    except ZeroDivisionError as e:
        print("except", e)
        return "from except"
    else:
        print("else", r)
        return "from else"
    finally:
        print("finally")
print(t(2))
print(t(0))
def over():
    try:
        return 1
    finally:
        return 2
print(over())
def loop():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
loop()
