import circ.f
