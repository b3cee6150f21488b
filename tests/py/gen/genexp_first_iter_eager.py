def src():
    print("src evaluated")
    return [1, 2]
g = (x for x in src())
print("genexp made")
print(list(g))
try:
    h = (x for x in 5)
except TypeError as e:
    print("eager error:", e)
x = 10
g2 = (x + y for y in range(2))
x = 20
print(list(g2))
