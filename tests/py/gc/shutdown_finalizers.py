# What runs when the program ends: objects left in the builtins are released
# with the builtins restored, cycles are collected and their __del__ runs.
import builtins
import gc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        # The builtins are the original ones again: len is the builtin.
        print("del", self.name, len("abc"))


builtins.kept_in_builtins = Noisy("in builtins")
builtins.len = lambda x: 42
print("len replaced:", len("x"))


def make_cycle():
    n = Noisy("cycle in a function's closure")
    n.me = n


make_cycle()
print("collected:", gc.collect() > 0)


print("end of program")
