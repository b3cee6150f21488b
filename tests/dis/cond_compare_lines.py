def f(self, prec):
    if _exact_half(self._int, prec) and \
            (prec == 0 or self._int[prec-1] in '02468'):
        return -1
    else:
        return 1
