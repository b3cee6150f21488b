import quopri, io
samples = [b'hello world', b'caf\xc3\xa9 = cost\n', b'trailing space \nnext\ttab\t\n', b'x' * 100, b'a=b' * 30 + b'\n.\n', b'under_score and space', b'', b'\n', b'line1\r\nline2\r\n', bytes(range(0, 256, 7))]
for s in samples:
    e = quopri.encodestring(s)
    print(e, quopri.decodestring(e) == s)
    print(quopri.encodestring(s, quotetabs=True)[:60], quopri.encodestring(s, header=True)[:60])
print(quopri.decodestring(b'soft=\nbreak =3D=41=4a=\n'), quopri.decodestring(b'a_b=20c', header=True), quopri.decodestring(b'bad=ZZ=4'))
out = io.BytesIO(); quopri.encode(io.BytesIO(b'Gr\xc3\xbc\xc3\x9fe\n'), out, quotetabs=False); print(out.getvalue())
