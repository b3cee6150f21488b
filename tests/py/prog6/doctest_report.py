"""Module doc.

>>> 1 + 1
2
"""

def add(a, b):
    """Add.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> add(1, 1)
    3
    >>> [add(i, i) for i in range(20)]   # doctest: +ELLIPSIS
    [0, 2, ..., 38]
    >>> print('a\\n\\nb')
    a
    <BLANKLINE>
    b
    >>> 1/0
    Traceback (most recent call last):
      ...
    ZeroDivisionError: division by zero
    >>> int('x')
    Traceback (most recent call last):
    ValueError: invalid literal for int() with base 10: 'x'
    >>> int('y')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: something else
    >>> print('  spaced   out  ')  # doctest: +NORMALIZE_WHITESPACE
    spaced out
    >>> True
    1
    >>> print('skipped')  # doctest: +SKIP
    nope
    """
    return a + b


class Box:
    """A box.

    >>> b = Box(3)
    >>> b.value
    3
    """
    def __init__(self, v):
        self.value = v

    def double(self):
        """
        >>> Box(2).double()
        4
        >>> for i in range(2):
        ...     print(i)
        0
        1
        """
        return self.value * 2

    @property
    def p(self):
        """>>> Box(1).p
        1
        """
        return self.value

def nodoc():
    pass

def g():
    """No examples here."""

__test__ = {'extra': """
>>> 2 * 3
6
"""}

if __name__ == '__main__':
    import doctest
    print(doctest.testmod())
    print(doctest.testmod(verbose=True))
    print(doctest.testmod(optionflags=doctest.ELLIPSIS | doctest.REPORT_ONLY_FIRST_FAILURE))
    def helper(x):
        '''
        >>> helper(2)
        4
        >>> helper(3)
        10
        '''
        return x * x
    doctest.run_docstring_examples(helper, {'helper': helper}, name='helper')
    parser = doctest.DocTestParser()
    exs = parser.get_examples('''
    >>> a = 1
    >>> a + 1
    2
    >>> for i in range(2):
    ...     print(i)
    0
    1
    ''')
    print([(e.source, e.want, e.lineno, e.indent) for e in exs])
    print(doctest.OutputChecker().check_output('a...z\n', 'abcz\n', doctest.ELLIPSIS))
