from circ.d import VALUE
