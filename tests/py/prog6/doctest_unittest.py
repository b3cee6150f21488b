"""Module with doctests run through unittest.

>>> square(3)
9
"""
import doctest
import unittest
import io


def square(x):
    """
    >>> square(4)
    16
    >>> square(-2)
    4
    """
    return x * x


def ident(x):
    """
    >>> ident([1, 2])
    [1, 2]
    """
    return x


class Tests(unittest.TestCase):
    def test_square(self):
        self.assertEqual(square(5), 25)


def load_tests(loader, tests, ignore):
    tests.addTests(doctest.DocTestSuite())
    return tests


if __name__ == '__main__':
    suite = unittest.TestSuite()
    suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(Tests))
    suite.addTests(doctest.DocTestSuite())
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
    text = stream.getvalue()
    for line in text.splitlines():
        if not line.startswith('Ran '):
            print(line)
    print(result.testsRun, len(result.failures), result.wasSuccessful())
    print(doctest.script_from_examples(square.__doc__))
