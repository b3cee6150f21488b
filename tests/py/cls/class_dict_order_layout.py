class Q:
    def __eq__(s,o): pass
print(list(Q.__dict__))
class S2:
    __slots__=('a','__dict__')
print(list(S2.__dict__))
class S:
    __slots__=('a',)
print(list(S.__dict__), S.a)
class E(Exception): pass
print(list(E.__dict__))
class L(list): pass
print(list(L.__dict__))
class M(type): pass
print(list(M.__dict__))
class C:
    x=1
class D(C):
    'doc'
    y=2
print(list(D.__dict__), C.__dict__['__dict__'], C.__dict__['__weakref__'])
print(C().__dict__, C().__weakref__)
