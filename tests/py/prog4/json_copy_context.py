import json, copy, contextlib, abc, io, struct, os.path, sys
data = {"b": [1, 2.5, None, True], "a": {"x": "é", "y": []}, "c": ""}
print(json.dumps(data), json.dumps(data, indent=2, sort_keys=True), json.dumps(data, separators=(",", ":")), json.dumps(data, ensure_ascii=False))
print(json.dumps([1, {}], indent=4), json.dumps({1: 2, 3.5: 1, None: 0, True: 1}), json.dumps(float("inf")), json.dumps("a\"b\n\u1234"))
class X: pass
print(json.dumps({"x": X()}, default=lambda o: "X!"), json.loads('{"a": [1, 2.0, "s", null, false]}'), json.loads("1e5"), json.loads('"\\u00e9"'))
try: json.dumps({"x": X()})
except TypeError as e: print(e)
try: json.loads('{"a": }')
except json.JSONDecodeError as e: print(e, e.pos, e.lineno, e.colno)
print(json.dumps({"a": 1}, indent="\t"), json.loads("[1, 2]", parse_int=str), json.dumps((1, 2)), json.dumps(data, indent=1, separators=(", ", ": ")))
class Enc(json.JSONEncoder):
    def default(self, o): return list(o) if isinstance(o, set) else super().default(o)
print(json.dumps({"s": {1}}, cls=Enc), json.loads('{"a":1}', object_hook=lambda d: sorted(d.items())))
l = [[1, 2], {"k": [3]}]; d = copy.deepcopy(l); d[0].append(9); print(l, d, copy.copy(l)[0] is l[0])
class C:
    def __init__(s): s.v = [1]
    def __copy__(s): print("copy!"); return C()
c = copy.copy(C()); print(copy.deepcopy(C()).v)
@contextlib.contextmanager
def cm(x):
    print("enter", x); 
    try: yield x * 2
    finally: print("exit")
with cm(3) as v: print(v)
with contextlib.suppress(KeyError): {}["a"]
print("suppressed")
out = io.StringIO()
with contextlib.redirect_stdout(out): print("captured")
print(repr(out.getvalue()))
with contextlib.ExitStack() as stack:
    stack.callback(print, "cb1"); stack.callback(print, "cb2")
class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
try: Base()
except TypeError as e: print(e)
class Impl(Base):
    def f(self): return 1
print(Impl().f(), isinstance(Impl(), Base), issubclass(Impl, Base))
s = io.StringIO("line1\nline2\n"); print(s.readline(), s.read(), s.tell(), s.seek(0), s.readlines())
s = io.StringIO(); s.write("abc"); print(s.getvalue(), s.tell())
print(struct.pack("<i", 1), struct.unpack(">HH", b"\x00\x01\x00\x02"), struct.calcsize("iid"), struct.pack("3s", b"ab"), struct.unpack("<f", struct.pack("<f", 1.5)))
print(os.path.join("a", "b", "c.txt"), os.path.splitext("x/y.tar.gz"), os.path.basename("/a/b"), os.path.dirname("/a/b"), os.path.split("/a/b"), os.path.normpath("a/./b/../c"), os.path.isabs("/x"))
print(sys.version_info[:2], sys.version_info.major, sys.argv[0].endswith(".py"), sys.maxsize, sys.platform, sys.byteorder, type(sys.version_info), sys.getrecursionlimit())
with contextlib.closing(io.StringIO("x")) as f: print(f.read())
print(contextlib.nullcontext(5).__enter__())
