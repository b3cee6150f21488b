def greet(name, punct="!"):
    return "Hello, " + name + punct
def square(x):
    return x * x
print(greet("world"), greet("moult", "?"), square(12), square(square(2)))
