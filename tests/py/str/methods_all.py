# Every str method with its argument forms and edge cases.
s = "Hello, World"
print(s.find("o", 5), s.find("o", 5, 8), s.rfind("o", 0, 6), s.find("", 12), s.find("", 13), s.find("l", -3))
print(s.count("l", 3), s.count("l", 3, 10), s.index("W", -6), s.rindex("l"), "".count(""), "abc".count("", 1))
print(s.startswith(("x", "He")), s.startswith("World", 7), s.endswith("Hello", 0, 5), s.endswith(("a", "b")))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a  b\tc\n".split(), "  a  b  ".rsplit(None, 1))
print("a\x1cb\u2028c".split(), "x y".split(maxsplit=0), "a b c".split(sep=" ", maxsplit=1))
print("a\rb\r\nc\nd\x0be\x0cf\x1cg\x85h\u2028i".splitlines(), "a\r\n".splitlines(keepends=True))
print("ab".partition("b"), "ab".rpartition("a"), "abc".rpartition("z"), "a.b.c".rpartition("."))
print("xxhixx".lstrip("x"), "xxhixx".rstrip("x"), "\u3000 hi \u2003".strip(), "abc".strip(""), "abc".strip(None))
print("aaa".replace("a", "bb", 2), "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("ß".upper(), "ǅ".lower(), "ǅ".upper(), "ß".casefold(), "ΣΑΣ ΣΑΣ".lower(), "ﬃ".casefold(), "hello world".capitalize())
print("ǆemal".capitalize(), "aBc DeF".swapcase(), "hello wORLD 3rd".title(), "o'neil".title(), "ß".title())
print("x".center(4, "-"), "x".center(5, "-"), "xy".center(5, "*"), "abc".center(2), "a".ljust(3, "é"))
print("+5".zfill(4), "-".zfill(3), "".zfill(2), "abc".zfill(-1), "a\tbc\td".expandtabs(), "a\tb".expandtabs(0), "x\r\ty".expandtabs(4))
print("٣".isdecimal(), "٣".isdigit(), "²".isdigit(), "²".isdecimal(), "一".isnumeric(), "Ⅻ".isnumeric(), "½".isdigit())
print("abc".isidentifier(), "_x1".isidentifier(), "é".isidentifier(), "a-b".isidentifier(), "".isidentifier())
print("\t".isprintable(), "é".isprintable(), "".isprintable(), "\u00a0".isprintable(), " \x1c".isspace())
print("ABC1".isupper(), "abc1".islower(), "1".isupper(), "Hello World".istitle(), "Hello world".istitle(), "ǅungla".istitle())
print("ab".isascii(), "".isascii(), "ab1".isalnum(), "½".isalnum(), "é".isalpha(), "a b".isalpha())
t = str.maketrans({"a": "1", "b": None, ord("c"): 67})
print("abcd".translate(t), str.maketrans("ab", "cd", "e"), "abe".translate(str.maketrans("ab", "cd", "e")))
print("x".join("abc"), ",".join(("a", "b")), "".join(x for x in "hi"), "-".join({"k": 1}))
try:
    ",".join(5)
except TypeError as e:
    print(e)
try:
    "abc".index("z", 1)
except ValueError as e:
    print(e)
try:
    "x".center(5, "ab")
except TypeError as e:
    print(e)
try:
    "x".startswith(1)
except TypeError as e:
    print(e)
try:
    "x".find(1)
except TypeError as e:
    print(e)
try:
    "x".split(1)
except TypeError as e:
    print(e)
try:
    "x".encode("nope")
except LookupError as e:
    print(e)
print("€uro".encode("cp1252"), "ab".encode("utf-16"), "ab".encode("utf-16-be"), "a".encode("utf-32"))
print("é€".encode("ascii", "backslashreplace"), "é€".encode("ascii", "xmlcharrefreplace"), "é€😀".encode("latin-1", "replace"))
print(b"\xe9t\xe9".decode("latin-1"), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "ignore"), b"a\xffb".decode("utf-8", "backslashreplace"))
print(b"\xff\xfea\x00".decode("utf-16"), b"\x00a".decode("utf-16-be"), "😀".encode("utf-16-le").decode("utf-16-le"))
for bad in [b"\xff", b"\xe2\x82", b"a\xe2\x28\xa1", b"\xf0\x9f\x98"]:
    try:
        bad.decode()
    except UnicodeDecodeError as e:
        print(e)
for s2, enc in [("aéé", "ascii"), ("€", "latin-1"), ("\u0100", "cp1252")]:
    try:
        s2.encode(enc)
    except UnicodeEncodeError as e:
        print(e)
print(str(b"abc", "ascii"), str(b"\xff", "utf-8", "replace"), str(object=5), repr(str()))
print("abc".__len__(), "ab".__contains__("a"), "abc".__getitem__(1), "a".__mul__(3), "%s!".__mod__("x"), "x".__format__(">3"))
