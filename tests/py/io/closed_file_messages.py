import io
for mode in ['rb', 'wb', 'r+b', 'r', 'w']:
    f = open('tests/py/io/closed_file_messages.py' if 'r' in mode else 'tests/py/io/_closed_tmp.bin', mode)
    f.close()
    for name in ['read', 'readline', 'readlines', 'readable', 'writable', 'seekable', 'isatty', 'tell', 'flush', '__enter__', '__iter__', '__next__', 'truncate', 'peek', 'read1']:
        try:
            getattr(f, name)()
        except Exception as e:
            print(mode, name, type(e).__name__, e)
    for name, a in [('write', b'x' if 'b' in mode else 'x'), ('seek', 0), ('writelines', [])]:
        try:
            getattr(f, name)(a)
        except Exception as e:
            print(mode, name, type(e).__name__, e)
s = io.StringIO(); s.close()
for name in ['read', 'readline', 'tell', 'getvalue', '__enter__', 'readable', 'isatty']:
    try:
        getattr(s, name)()
    except Exception as e:
        print('sio', name, type(e).__name__, e)
import os; os.remove('tests/py/io/_closed_tmp.bin')
