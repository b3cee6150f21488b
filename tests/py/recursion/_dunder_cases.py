# The cases of recursion through dunder methods shared by dunder_recursion.py
# (type of the error only) and dunder_messages.py (exact messages).


class R:
    def __repr__(self):
        return repr(self)


class S:
    def __str__(self):
        return str(self)


class E:
    def __eq__(self, o):
        return self == o


class Lt:
    def __lt__(self, o):
        return self < o


class H:
    def __hash__(self):
        return hash(self)


class G:
    def __getattr__(self, n):
        return getattr(self, n)


class L:
    def __len__(self):
        return len(self)


class C:
    def __call__(self):
        return self()


class I:
    def __iter__(self):
        return iter(self)


class A:
    def __add__(self, o):
        return self + o


class GI:
    def __getitem__(self, i):
        return self[i]


class B:
    def __bool__(self):
        return bool(self)


class F:
    def __format__(self, spec):
        return format(self, spec)


class Ctx:
    def __enter__(self):
        with self:
            pass

    def __exit__(self, *a):
        pass


def run(check):
    check("repr", lambda: repr(R()))
    check("repr in list", lambda: repr([R()]))
    check("str", lambda: str(S()))
    check("print", lambda: print(S()))
    check("eq", lambda: E() == E())
    check("eq in list", lambda: [E()] == [E()])
    check("lt", lambda: Lt() < Lt())
    check("sorted", lambda: sorted([Lt(), Lt()]))
    check("hash", lambda: hash(H()))
    check("dict key", lambda: {H(): 1})
    check("getattr", lambda: G().x)
    check("len", lambda: len(L()))
    check("call", lambda: C()())
    check("iter", lambda: iter(I()))
    check("add", lambda: A() + 1)
    check("getitem", lambda: GI()[0])
    check("bool", lambda: bool(B()))
    check("if", lambda: 1 if B() else 0)
    check("format", lambda: format(F(), ""))
    check("fstring", lambda: f"{F()}")
    check("with", lambda: Ctx().__enter__())
    print("still fine", repr([1, (2, 3), {"a": 4}]))
