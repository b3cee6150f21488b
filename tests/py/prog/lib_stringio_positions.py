import io
s = io.StringIO("héllo wörld\nline2\n")
print(s.read(2), s.tell(), s.read(3), s.tell())
s.seek(0); print(s.readline(), s.tell()); print(s.seek(3), s.read(2))
w = io.StringIO(); w.write("ab€"); print(w.tell(), w.getvalue()); w.seek(1); w.write("X"); print(w.getvalue(), w.tell())
w.seek(0, 2); print(w.tell()); print(w.truncate(2), repr(w.getvalue()))
n = io.StringIO("a\r\nb"); print(repr(n.read()))
print(io.StringIO("x").read(0), repr(io.StringIO().read()), io.StringIO("abc").readable(), io.StringIO("ab\ncd").readlines(1))
