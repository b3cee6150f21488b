# A matrix of bytes/bytearray methods over tricky inputs (differential against python3).
vals = [b"", b"a", b"abc", b" a b ", b"Hello World", b"\tx\ny\r\nz\x0b", b"a,b,,c,", b"aaa", b"\x00\xff\x80", b"tItLe cAsE 1a", b"a\tb\t\tc", b"12 34"]
subs = [b"", b"a", b"ab", b",", b" ", b"x", b"\xff"]
def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, repr(r))
for v in vals:
    for s in [v, bytearray(v)]:
        print("==", repr(s))
        for m in ["upper", "lower", "swapcase", "title", "capitalize", "isalpha", "isalnum", "isdigit", "isspace", "islower", "isupper", "istitle", "isascii", "split", "rsplit", "splitlines", "strip", "lstrip", "rstrip", "expandtabs", "hex"]:
            show(m, getattr(s, m))
        show("misc", lambda: (len(s), s[::-1], s[1:-1:2], list(s[:3]), s.splitlines(True), s.hex(":", 2), s.decode("latin-1")))
        for w in [0, 7]:
            show("c%d" % w, lambda: (s.center(w, b"*"), s.ljust(w), s.rjust(w, b"."), s.zfill(w)))
        for t in subs:
            show("sub" + repr(t), lambda: (s.find(t), s.rfind(t), s.count(t), s.find(t, 1, -1), s.rfind(t, -3), s.startswith(t, 1), s.endswith(t, 0, -1), t in s))
            show("spl" + repr(t), lambda: (s.split(t), s.rsplit(t, 1), s.split(t, 2)))
            show("part" + repr(t), lambda: (s.partition(t), s.rpartition(t)))
            show("rep" + repr(t), lambda: (s.replace(t, b"-"), s.replace(t, b"", 1), s.strip(t), s.lstrip(t), s.removeprefix(t), s.removesuffix(t)))
        for n in [-1, 0, 1, 2]:
            show("splitn%d" % n, lambda: (s.split(None, n), s.rsplit(None, n), s.split(b",", n), s.rsplit(b",", n)))
        show("ops", lambda: (s + b"!", s * 2, s == v, s < b"b", b"%s|%5s|%-3b" % (s, s, s), s.join([b"1", b"2"]), s.translate(None, b"a")))
        show("idx", lambda: (s[0], s[-1]))
