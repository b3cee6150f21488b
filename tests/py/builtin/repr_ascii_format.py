print(repr("é"), ascii("é"), ascii([1, "ü"]), repr(None), repr(...), repr(NotImplemented))
print(format(1.5), format(10, "x"), format("a", ">3"), format(True), format(None))
print(repr(int), repr(len), repr(print).startswith("<built-in function"), repr(type))
print(repr(1.0), repr(-5), repr((1, "a")), repr({1}), repr(b"\x01"), repr(Ellipsis))
