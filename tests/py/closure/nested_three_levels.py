def a():
    x = 'a'
    def b():
        y = 'b'
        def c():
            return x + y
        return c
    return b
print(a()()())
def counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
i = counter()
i(); i()
print(i())
