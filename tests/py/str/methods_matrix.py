# A matrix of str methods over tricky strings and arguments (differential against python3).
strs = ["", "a", "abc", " a b ", "Hello World", "\tx\ny\r\nz\x0b", "ß", "ǅǆǄ", "İı", "ΣΑΣ σ", "a,b,,c,", "aaa", "ab" * 5, "x\u2028y\x1cz", "12½²٣", "ﬃ Straße", "  \u3000 ", "ÀÉÎ õü", "a1_B2", "日本語テキスト", "😀x😀", "tItLe cAsE", "'quote\"", "a\tb\t\tc"]
subs = ["", "a", "b", "ab", ",", " ", "x", "ß", "😀", "aa"]
def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, repr(r))
for s in strs:
    print("==", repr(s))
    for m in ["upper", "lower", "casefold", "swapcase", "title", "capitalize", "isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric", "isspace", "islower", "isupper", "istitle", "isidentifier", "isprintable", "isascii", "split", "rsplit", "splitlines", "strip", "lstrip", "rstrip", "expandtabs"]:
        show(m, getattr(s, m))
    show("len", lambda: len(s))
    show("rev", lambda: s[::-1])
    show("sl", lambda: s[1:-1:2])
    show("enc16", lambda: s.encode("utf-16-be"))
    show("encl1", lambda: s.encode("latin-1", "backslashreplace"))
    show("keep", lambda: s.splitlines(True))
    for w in [0, 7, 12]:
        show("c%d" % w, lambda: (s.center(w, "*"), s.ljust(w), s.rjust(w, "é"), s.zfill(w)))
    for t in subs:
        show("sub" + repr(t), lambda: (s.find(t), s.rfind(t), s.count(t), s.find(t, 1, -1), s.rfind(t, -3), s.startswith(t, 1), s.endswith(t, 0, -1)))
        show("spl" + repr(t), lambda: (s.split(t), s.rsplit(t, 1), s.split(t, 2)))
        show("part" + repr(t), lambda: (s.partition(t), s.rpartition(t)))
        show("rep" + repr(t), lambda: (s.replace(t, "-"), s.replace(t, "", 1), s.strip(t), s.lstrip(t), s.removeprefix(t), s.removesuffix(t)))
    for n in [-1, 0, 1, 2]:
        show("splitn%d" % n, lambda: (s.split(None, n), s.rsplit(None, n), s.split(",", n), s.rsplit(",", n)))
    show("fmt", lambda: ("{:^9}|{:>3.2}|{!r}|{!a}".format(s, s, s, s), "%-6s|%.2r|%a" % (s, s, s), format(s, "x<8")))
