"""difflib.ndiff/Differ/restore, HTMLCalendar, and the diffs in unittest failure messages."""
import difflib
import calendar
a = 'one\ntwo\nthree\nfour\n\tfive x\n'.splitlines(keepends=True)
b = 'ore\ntree\nemu\nfour\n\tfive y\nsix\n'.splitlines(keepends=True)
print(''.join(difflib.ndiff(a, b)), end='')
print(''.join(difflib.restore(difflib.ndiff(a, b), 2)), end='')
print(list(difflib.ndiff(['abc', 'x'], ['abd', 'y', 'x'])))
print('\n'.join(difflib.Differ().compare(['[1, 2, 3]'], ['[1, 2, 4]'])))
print(list(difflib.unified_diff(a, b, 'a', 'b')))
print(''.join(difflib.context_diff(a, b, 'a', 'b')))
c = calendar.HTMLCalendar()
print(c.formatmonth(2024, 2))
print(c.formatyear(2023, 4))
print(calendar.HTMLCalendar(6).formatmonth(2025, 11, withyear=False))
print(c.formatyearpage(2024)[:300])

import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()
checks = [
    lambda: t.assertEqual([1, 2, 3, 4], [1, 2, 5, 4]),
    lambda: t.assertEqual(list(range(40)), list(range(39)) + [99]),
    lambda: t.assertEqual([1, 2], [1, 2, 3]),
    lambda: t.assertEqual([1, 2, 3], [1]),
    lambda: t.assertEqual((1, 'a'), (1, 'b')),
    lambda: t.assertEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3}),
    lambda: t.assertEqual({i: str(i) * 3 for i in range(12)}, {i: str(i) * 3 for i in range(1, 13)}),
    lambda: t.assertEqual('hello world', 'hello there'),
    lambda: t.assertEqual('one\ntwo\nthree\n', 'one\ntoo\nthree\nfour\n'),
    lambda: t.assertEqual('x' * 100 + 'a', 'x' * 100 + 'b'),
    lambda: t.assertEqual(10 ** 90, 10 ** 90 + 1),
    lambda: t.assertEqual([str(i) * 20 for i in range(30)], [str(i) * 20 for i in range(1, 31)]),
    lambda: t.assertListEqual([1], [2], 'custom'),
    lambda: t.assertEqual([{'k': [1, 2]}, 'abc'], [{'k': [1, 3]}, 'abd']),
    lambda: t.assertSequenceEqual([1, 2], (1, 2)),
    lambda: t.assertSequenceEqual('abc', 'abd'),
]
for check in checks:
    try:
        check()
        print('no failure')
    except AssertionError as e:
        print('---')
        print(e)
t.maxDiff = None
try:
    t.assertEqual([str(i) * 20 for i in range(30)], [str(i) * 20 for i in range(1, 31)])
except AssertionError as e:
    print(e)
