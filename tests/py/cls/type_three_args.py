def m(self):
    return self.v * 2
T = type('T', (object,), {'v': 21, 'm': m})
print(T().m(), T.__name__, T.__bases__)
print(type(1), type('s'), type(None), type(T()).__name__)
S = type('S', (T,), {})
print(S().m(), S.__mro__[1].__name__)
