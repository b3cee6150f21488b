# The smallest program moult is expected to run.
def greet(name):
    return "Hello, " + name + "!"

print(greet("moult"))
