print(isinstance(1, int), isinstance(1, (str, float)), isinstance("s", str), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(type, type), isinstance(object, type), issubclass(type, object))
print(type(len).__name__, type(lambda: 0).__name__, type([].append).__name__, type(int.__add__).__name__)
print(isinstance([], (list, tuple)), isinstance((), (list, tuple)), isinstance({}, dict))
from collections.abc import Iterable, Sequence, Mapping, Callable
print(isinstance([], Iterable), isinstance({}, Sequence), isinstance({}, Mapping), isinstance(len, Callable))
print(issubclass(list, Sequence), isinstance(iter([]), Iterable))
