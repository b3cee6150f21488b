def f(self, node):
    with a:
        g()
        if node:
            h()
