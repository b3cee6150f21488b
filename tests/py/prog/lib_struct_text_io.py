import struct, string, textwrap, pprint, io, sys
print(struct.pack("<i", 1), struct.pack(">H", 258), struct.pack("<f", 1.5), struct.pack("?", True), struct.pack("3s", b"abcd"))
data = struct.pack("<ihd", -5, 300, 2.5); print(data, len(data), struct.calcsize("<ihd"), struct.calcsize("ihd"))
print(struct.unpack("<ihd", data), struct.unpack(">I", b"\x00\x00\x01\x00"), struct.unpack("<2h", b"\x01\x00\xff\xff"))
print(struct.pack("!BBH", 1, 2, 3), struct.unpack_from("<H", b"xx\x05\x00", 2), list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")))
s = struct.Struct("<q?"); print(s.size, s.format, s.pack(2**40, False), s.unpack(s.pack(-1, True)))
try:
    struct.pack("<b", 200)
except struct.error as e:
    print("struct.error", e)
try:
    struct.unpack("<i", b"ab")
except struct.error as e:
    print("struct.error", e)
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, string.punctuation, repr(string.whitespace), string.ascii_uppercase)
t = string.Template("Hello $name, you owe $$${amount}")
print(t.substitute(name="Ann", amount=5), t.safe_substitute(name="Bob"), t.template)
try:
    t.substitute(name="x")
except KeyError as e:
    print("KeyError", e)
print(string.capwords("hello   world  foo"), string.Formatter().format("{0}-{x}", 1, x=2))
txt = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(txt, 30))
print(textwrap.fill(txt, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten("Hello  world, this is a long sentence", width=20), textwrap.shorten("abc", 10, placeholder="..."))
print(repr(textwrap.dedent("    a\n      b\n    c\n")), repr(textwrap.indent("x\ny\n\nz", "> ")), textwrap.indent("a\nb", "+", lambda l: l.startswith("b")))
print(textwrap.wrap("a-very-long-hyphenated-word-thing here", 10), textwrap.wrap("", 5), textwrap.wrap("supercalifragilistic", 6))
print(textwrap.TextWrapper(width=15, max_lines=2, placeholder=" [...]").fill(txt))
d = {"name": "server", "ports": [80, 443, 8080], "config": {"debug": False, "workers": 4, "paths": ["/a", "/b" * 20, "/c" * 30]}, "tags": set("ab") if False else ["x"]}
pprint.pprint(d)
pprint.pprint(d, width=40, sort_dicts=False)
pprint.pprint(list(range(40)))
pprint.pprint([[1, 2, 3], [4, 5, 6]] * 5, width=30)
print(pprint.pformat({"a": 1, "b": 2}), pprint.pformat("x" * 100, width=40))
pprint.pprint({"z": {"y": {"x": {"w": list(range(12))}}}}, depth=2)
pprint.pprint(tuple(range(30)), compact=True, width=50)
buf = io.StringIO()
buf.write("line1\n"); print("line2", file=buf); buf.writelines(["a\n", "b\n"])
print(repr(buf.getvalue()), buf.tell())
buf.seek(0); print(buf.readline(), buf.read(3), buf.readlines())
r = io.StringIO("x\ny\nz"); print([l.rstrip() for l in r], r.read(), r.closed)
with io.StringIO() as w:
    w.write("abc"); print(w.getvalue())
print(w.closed)
bio = io.BytesIO(b"hello"); print(bio.read(2), bio.getvalue(), bio.seek(0, 2), bio.write(b"!"), bio.getvalue())
sys.stdout.write("direct write\n"); print(sys.stdout.write("x") if False else "")
print(sys.argv[0].endswith("p12.py") or sys.argv[0].endswith(".py"), len(sys.argv), sys.version_info[:2], sys.maxsize, type(sys.path), sys.byteorder)
print(sys.getrecursionlimit(), sys.platform.startswith("linux"), sys.float_info.max, sys.int_info.bits_per_digit if False else "", sys.hash_info.width)
print(isinstance(sys.getsizeof([]), int), sys.intern("abc"), sys.exc_info())
print("err line", file=sys.stderr)
