lambda: (yield) = 1
