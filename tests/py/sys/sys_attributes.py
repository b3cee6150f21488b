import sys
print(sys.version_info[:2], sys.version_info.major, sys.maxsize, sys.byteorder)
print(type(sys.modules).__name__, "sys" in sys.modules, "__main__" in sys.modules, sys.modules["__main__"].__name__)
print(sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit in (15, 30), sys.hash_info.modulus)
print(sys.getrecursionlimit(), callable(sys.exit), sys.stdout is sys.__stdout__)
