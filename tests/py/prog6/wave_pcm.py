import wave, io, struct
buf = io.BytesIO()
w = wave.open(buf, 'wb')
w.setnchannels(2); w.setsampwidth(2); w.setframerate(44100)
frames = b''.join(struct.pack('<hh', i * 100, -i * 100) for i in range(50))
w.writeframes(frames)
w.close()
data = buf.getvalue()
print(len(data), data[:44])
r = wave.open(io.BytesIO(data), 'rb')
print(r.getnchannels(), r.getsampwidth(), r.getframerate(), r.getnframes(), r.getcomptype(), r.getcompname(), r.getparams())
print(r.readframes(3), r.tell())
r.rewind(); print(len(r.readframes(100)))
r.close()
try:
    wave.open(io.BytesIO(b'RIFX1234'), 'rb')
except wave.Error as e:
    print('Error', e)
with wave.open(io.BytesIO(), 'wb') as w2:
    w2.setparams((1, 1, 8000, 0, 'NONE', 'not compressed'))
    w2.writeframesraw(bytes(range(10)))
    print(w2.getnframes(), w2.tell())
