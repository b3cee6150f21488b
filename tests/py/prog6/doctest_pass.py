"""Statistics helpers, tested the usual way.

>>> mean([1, 2, 3, 4])
2.5
"""


def mean(xs):
    """Arithmetic mean.

    >>> mean([2, 4])
    3.0
    >>> mean([])
    Traceback (most recent call last):
        ...
    ValueError: mean of empty list
    """
    if not xs:
        raise ValueError('mean of empty list')
    return sum(xs) / len(xs)


class Stack:
    """LIFO stack.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.pop()
    2
    >>> len(s)
    1
    >>> s
    Stack([1])
    """

    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return 'Stack(%r)' % self.items

    @staticmethod
    def describe():
        """
        >>> Stack.describe()
        'a stack'
        """
        return 'a stack'

    @classmethod
    def make(cls, *xs):
        """
        >>> Stack.make(1, 2, 3)
        Stack([1, 2, 3])
        """
        s = cls()
        for x in xs:
            s.push(x)
        return s


def fmt_table(rows):
    """
    >>> print(fmt_table([('a', 1), ('bb', 22)]))
    a   1
    bb 22
    <BLANKLINE>
    >>> fmt_table([])
    ''
    """
    if not rows:
        return ''
    w = max(len(r[0]) for r in rows)
    return ''.join('%-*s %2d\n' % (w, k, v) for k, v in rows)


if __name__ == "__main__":
    import doctest
    result = doctest.testmod()
    print(result)
    print(result.failed, result.attempted)
    print(doctest.testmod(verbose=True).attempted)
