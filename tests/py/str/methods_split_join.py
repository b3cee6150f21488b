print("a,b,,c".split(","), "  a  b  ".split(), "a b c".split(None, 1), "a,b,c".rsplit(",", 1))
print("line1\nline2\r\nline3".splitlines(), "x\ny\n".splitlines(True), "".split(","), "".split())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(map(str, range(4))))
try:
    "-".join([1, 2])
except TypeError as e:
    print(e)
try:
    "a".split("")
except ValueError as e:
    print(e)
print("  pad  ".strip(), "xxhixx".strip("x"), "  l".lstrip(), "r  ".rstrip() + "|")
print("ab".center(6, "*"), "ab".ljust(5, "."), "ab".rjust(5), "42".zfill(5), "-42".zfill(5))
print("a\tb\tc".expandtabs(4), "tab".expandtabs())
