class I:
    def __int__(self): return 7
class X:
    def __index__(self): return 255
class F:
    def __float__(self): return 2.5
print('%d %x %d' % (I(), X(), X()), '%f' % F(), '%.1f' % X(), '%c' % 65)
try: print('%x' % I())
except TypeError as e: print(e)
try: print('%d' % F())
except TypeError as e: print(e)
