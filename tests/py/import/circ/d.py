from circ.c import nothing
VALUE = 1
