s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.index("fox"))
print(s.count("o"), s.count(""), s.startswith("the"), s.endswith(("dog", "cat")), s.startswith("quick", 4))
try:
    s.index("cat")
except ValueError as e:
    print(e)
print(s.replace("the", "a"), s.replace("o", "0", 2))
print(s.partition(" "), s.rpartition(" "), s.partition("zz"))
print("abc".removeprefix("a"), "abc".removesuffix("bc"), "abc".removeprefix("z"))
