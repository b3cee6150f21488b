import shlex
print(list(shlex.shlex('a=b, c')), list(shlex.shlex('x "y z" w', posix=True)), list(shlex.shlex('a && b || c', punctuation_chars=True)))
s = shlex.shlex('foo bar', posix=True); s.whitespace_split = True; print(list(s))
print(list(shlex.shlex("it's 'quoted text' # comment\nnext")))
lx = shlex.shlex("ls -l | grep 'a b' > out.txt; echo \"x\\\"y\"", posix=True, punctuation_chars=True); print(list(lx))
lx = shlex.shlex("k1=v1 k2='v 2'", posix=True); lx.whitespace_split = True; print(list(lx), lx.lineno)
lx = shlex.shlex("a b"); print(lx.get_token(), lx.get_token(), repr(lx.get_token()))
try: list(shlex.shlex("'open", posix=True))
except ValueError as e: print(e)
print(shlex.split("a 'b c' \"d\\\"e\" f\\ g"), shlex.split("x # y", comments=True), shlex.join(["it's", "ok"]))
import base64
for d in [b"", b"a", b"hello", b"\x00\x00\x00\x00", b"\x00\x00\x00\x00x", b"    abc", bytes(range(20)), b"\xff" * 7]:
    e = base64.b85encode(d); a = base64.a85encode(d)
    print(e, base64.b85encode(d, pad=True), a, base64.a85encode(d, foldspaces=True), base64.a85encode(d, adobe=True), base64.b85decode(e) == d, base64.a85decode(a) == d, base64.a85decode(base64.a85encode(d, adobe=True), adobe=True) == d)
print(base64.a85encode(bytes(range(40)), wrapcol=10, adobe=True))
