def outer(a):
    def middle(b):
        class Inner:
            def method(self, c=a):
                return lambda d: a + b + c + d
        return Inner
    return middle
