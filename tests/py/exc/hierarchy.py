for cls in (ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError,
            RecursionError, NotImplementedError, StopIteration, KeyboardInterrupt, SystemExit,
            GeneratorExit, ModuleNotFoundError, UnboundLocalError, TabError, BrokenPipeError, OverflowError):
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:]])
print(issubclass(KeyboardInterrupt, Exception), issubclass(Warning, Exception), issubclass(DeprecationWarning, Warning))
print(IOError is OSError, EnvironmentError is OSError)
