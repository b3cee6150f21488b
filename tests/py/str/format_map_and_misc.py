class Default(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} and {b}".format_map(Default(a=1)), "abc" * -1 == "", "x" * 0)
print("%-5s|%5s|" % ("ab", "cd"), "{:-^11}".format(" mid "), "{:=+8}".format(-3))
print(str.upper("x"), "a-b-c".split("-", maxsplit=1), "abc".startswith(""), "".join(reversed("abc")))
print("Hello"[1:-1].upper().center(7, ".").replace(".", "_"))
print("%s" % [1, 2], "%s" % (1,), "%d%%" % 50, "%5.1e" % 12345.0, "%#x %#o" % (255, 8))
