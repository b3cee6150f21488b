s = "abc"
s.upper()
s.replace("a", "b")
obj.method(1, key=2)
obj.attr.method()
