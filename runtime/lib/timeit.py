"""Timing small pieces of code: timeit, repeat, Timer (with autorange)."""

import time
import itertools

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

default_timer = time.perf_counter if hasattr(time, 'perf_counter') else time.time
default_number = 1000000
default_repeat = 5


class Timer:
    """Times stmt (a string of code or a callable) after running setup once."""

    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        namespace = {} if globals is None else globals
        if callable(setup):
            self._setup = setup
        else:
            code = compile(setup, '<timeit-src>', 'exec')
            self._setup = lambda: exec(code, namespace)
        if callable(stmt):
            self._stmt = stmt
        else:
            code = compile(stmt, '<timeit-src>', 'exec')
            self._stmt = lambda: exec(code, namespace)

    def timeit(self, number=default_number):
        self._setup()
        stmt = self._stmt
        start = self.timer()
        for _ in itertools.repeat(None, number):
            stmt()
        return self.timer() - start

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return number, time_taken
            i *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number,
           globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
