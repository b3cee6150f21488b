def find(pred, items):
    for i in items:
        if pred(i):
            return i
    else:
        return None
print(find(lambda x: x > 2, [1, 2, 3, 4]), find(lambda x: x > 9, [1]))
def nested():
    for i in range(3):
        for j in range(3):
            if i * j == 2:
                return (i, j)
print(nested())
