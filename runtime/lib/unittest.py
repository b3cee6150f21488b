"""A unittest subset: TestCase with the assert methods, subTest, cleanups,
skips and expected failures; TestSuite, TestLoader, TextTestRunner and main(),
reporting as CPython 3.11 does (on stderr). Failure messages of containers
give the headline and first difference, without CPython's ndiff listing."""

import sys
import time
import re
import functools
import traceback
import io

__unittest = True

__all__ = ['TestResult', 'TestCase', 'TestSuite', 'TextTestRunner', 'TestLoader',
           'FunctionTestCase', 'main', 'defaultTestLoader', 'SkipTest', 'skip', 'skipIf',
           'skipUnless', 'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler', 'addModuleCleanup']


class SkipTest(Exception):
    pass


class _ShouldStop(Exception):
    pass


_MAX_LENGTH = 80


def safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + ' [truncated]...'


_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN
                               + _PLACEHOLDER_LEN + _MIN_END_LEN)

DIFF_OMITTED = '\nDiff is %s characters long. Set self.maxDiff to None to see it.'


def _shorten(s, prefixlen, suffixlen):
    # Replaces the middle of s by '[N chars]' when that saves room.
    skip = len(s) - prefixlen - suffixlen
    if skip > _PLACEHOLDER_LEN:
        s = '%s[%d chars]%s' % (s[:prefixlen], skip, s[len(s) - suffixlen:])
    return s


def _common_shorten_repr(*args):
    """The reprs of args, their shared beginning and long tails shortened so the
    difference stays visible within about _MAX_LENGTH characters."""
    args = tuple(map(safe_repr, args))
    maxlen = max(map(len, args))
    if maxlen <= _MAX_LENGTH:
        return args
    prefix = args[0]
    for s in args[1:]:
        n = 0
        while n < len(prefix) and n < len(s) and prefix[n] == s[n]:
            n += 1
        prefix = prefix[:n]
    prefixlen = len(prefix)
    common_len = _MAX_LENGTH - (maxlen - prefixlen + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if common_len > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, common_len)
        return tuple(prefix + s[prefixlen:] for s in args)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(s[prefixlen:], _MIN_DIFF_LEN, _MIN_END_LEN) for s in args)


def _ndiff_lines(first, second):
    import difflib
    import pprint
    return '\n' + '\n'.join(difflib.ndiff(pprint.pformat(first).splitlines(),
                                          pprint.pformat(second).splitlines()))


def strclass(cls):
    return '%s.%s' % (cls.__module__, cls.__qualname__)


def skip(reason):
    def decorator(test_item):
        if not isinstance(test_item, type):
            @functools.wraps(test_item)
            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            test_item = skip_wrapper
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    if isinstance(reason, type(skip)):
        test_item = reason
        reason = ''
        return decorator(test_item)
    return decorator


def skipIf(condition, reason):
    if condition:
        return skip(reason)
    return lambda obj: obj


def skipUnless(condition, reason):
    if not condition:
        return skip(reason)
    return lambda obj: obj


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


class _Outcome:
    def __init__(self, result):
        self.result = result
        self.success = True
        self.expecting_failure = False
        self.expectedFailure = None


class _AssertRaisesContext:
    def __init__(self, expected, test_case, expected_regex=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = re.compile(expected_regex) if isinstance(expected_regex, str) \
            else expected_regex
        self.msg = msg
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            try:
                exc_name = self.expected.__name__
            except AttributeError:
                exc_name = str(self.expected)
            self.test_case.fail(self.test_case._formatMessage(self.msg,
                                                              '%s not raised' % exc_name))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        if self.expected_regex is None:
            return True
        if not self.expected_regex.search(str(exc_value)):
            self.test_case.fail(self.test_case._formatMessage(
                self.msg, '"%s" does not match "%s"' % (self.expected_regex.pattern,
                                                        str(exc_value))))
        return True


class _AssertWarnsContext:
    def __init__(self, expected, test_case, expected_regex=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = re.compile(expected_regex) if isinstance(expected_regex, str) \
            else expected_regex
        self.msg = msg
        self.warning = None

    def __enter__(self):
        import warnings
        self._cm = warnings.catch_warnings(record=True)
        self.warnings = self._cm.__enter__()
        warnings.simplefilter('always')
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._cm.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        for w in self.warnings:
            if isinstance(w.message, self.expected):
                if self.expected_regex is None or self.expected_regex.search(str(w.message)):
                    self.warning = w.message
                    self.filename = w.filename
                    self.lineno = w.lineno
                    return None
        self.test_case.fail(self.test_case._formatMessage(
            self.msg, '%s not triggered' % self.expected.__name__))


class _SubTest:
    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self._message = message
        self.params = params
        self.failureException = test_case.failureException

    def _subDescription(self):
        parts = []
        if self._message is not _subtest_default:
            parts.append('[{}]'.format(self._message))
        if self.params:
            params_desc = ', '.join('{}={!r}'.format(k, v) for k, v in self.params.items())
            parts.append('({})'.format(params_desc))
        return ' '.join(parts) or '(<subtest>)'

    def id(self):
        return '{} {}'.format(self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return '{} {}'.format(self.test_case, self._subDescription())


_subtest_default = object()


class _SubTestContext:
    def __init__(self, case, msg, params):
        self.case = case
        self.sub = _SubTest(case, msg, params)

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc_value, tb):
        result = self.case._current_result
        if exc_type is None:
            if result is not None and hasattr(result, 'addSubTest'):
                result.addSubTest(self.case, self.sub, None)
            return False
        if issubclass(exc_type, SkipTest):
            if result is not None:
                result.addSkip(self.sub, str(exc_value))
            return True
        if issubclass(exc_type, (KeyboardInterrupt, _ShouldStop)):
            return False
        self.case._outcome_success = False
        if result is not None:
            result.addSubTest(self.case, self.sub, (exc_type, exc_value, tb))
        return True


class TestCase:
    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    # Strings longer than this are compared without a diff (it would be slow).
    _diffThreshold = 2 ** 16
    _classSetupFailed = False

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._cleanups = []
        self._current_result = None
        self._outcome_success = True
        self._type_equality = {dict: 'assertDictEqual', list: 'assertListEqual',
                               tuple: 'assertTupleEqual', set: 'assertSetEqual',
                               frozenset: 'assertSetEqual', str: 'assertMultiLineEqual'}
        try:
            testMethod = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError('no such test method in %s: %s' % (self.__class__, methodName))
            self._testMethodDoc = None
        else:
            self._testMethodDoc = testMethod.__doc__

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def setUp(self):
        pass

    def tearDown(self):
        pass

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def doCleanups(self):
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def id(self):
        return '%s.%s' % (strclass(self.__class__), self._testMethodName)

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split('\n')[0].strip() if doc else None

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return '%s (%s.%s)' % (self._testMethodName, strclass(self.__class__),
                               self._testMethodName)

    def __repr__(self):
        return '<%s testMethod=%s>' % (strclass(self.__class__), self._testMethodName)

    def subTest(self, msg=_subtest_default, **params):
        return _SubTestContext(self, msg, params)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
        result.startTest(self)
        self._current_result = result
        method = getattr(self, self._testMethodName)
        try:
            if (getattr(self.__class__, '__unittest_skip__', False)
                    or getattr(method, '__unittest_skip__', False)):
                why = (getattr(self.__class__, '__unittest_skip_why__', '')
                       or getattr(method, '__unittest_skip_why__', ''))
                result.addSkip(self, why)
                return result
            expecting = (getattr(method, '__unittest_expecting_failure__', False)
                         or getattr(self, '__unittest_expecting_failure__', False))
            self._outcome_success = True
            failure = None
            ok = self._call(result, self.setUp, None)
            if ok is True:
                ok = self._call(result, method, expecting)
                if ok is not True and ok is not None:
                    failure = ok
                done = self._call(result, self.tearDown, None)
                if done is not True:
                    ok = done if ok is True else ok
            while self._cleanups:
                function, args, kwargs = self._cleanups.pop()
                r = self._call(result, lambda: function(*args, **kwargs), None)
                if r is not True:
                    ok = r
            if expecting:
                if failure is not None and failure[0] == 'expected':
                    result.addExpectedFailure(self, failure[1])
                elif ok is True and self._outcome_success:
                    result.addUnexpectedSuccess(self)
                elif not self._outcome_success and ok is True:
                    result.addExpectedFailure(self, None)
            elif ok is True and self._outcome_success:
                result.addSuccess(self)
        finally:
            result.stopTest(self)
            self._current_result = None
        return result

    def _call(self, result, fn, expecting):
        """Runs fn; True on success, else reports the problem and returns a marker."""
        try:
            fn()
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            result.addSkip(self, str(e))
            return 'skip'
        except BaseException as e:
            info = (type(e), e, e.__traceback__.tb_next if e.__traceback__ else None)
            if expecting:
                return ('expected', info)
            if isinstance(e, self.failureException):
                result.addFailure(self, info)
            else:
                result.addError(self, info)
            return 'fail'
        return True

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        self.doCleanups()

    # Message helpers.
    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return '%s : %s' % (standardMsg, msg)

    def _getAssertEqualityFunc(self, first, second):
        if type(first) == type(second):
            name = self._type_equality.get(type(first))
            if name is not None:
                return getattr(self, name)
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            standardMsg = '%s != %s' % _common_shorten_repr(first, second)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertEqual(self, first, second, msg=None):
        self._getAssertEqualityFunc(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._formatMessage(msg, '%s == %s' % (safe_repr(first),
                                                             safe_repr(second))))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standardMsg = '%s != %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standardMsg = '%s != %s within %r places (%s difference)' % (
                safe_repr(first), safe_repr(second), places, safe_repr(diff))
        self.fail(self._formatMessage(msg, standardMsg))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standardMsg = '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standardMsg = '%s == %s within %r places' % (safe_repr(first), safe_repr(second),
                                                          places)
        self.fail(self._formatMessage(msg, standardMsg))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            seq_type_name = seq_type.__name__
            if not isinstance(seq1, seq_type):
                self.fail(self._formatMessage(msg, 'First sequence is not a %s: %s'
                                              % (seq_type_name, safe_repr(seq1))))
            if not isinstance(seq2, seq_type):
                self.fail(self._formatMessage(msg, 'Second sequence is not a %s: %s'
                                              % (seq_type_name, safe_repr(seq2))))
        else:
            seq_type_name = 'sequence'
        if seq1 == seq2:
            return
        differing = '%ss differ: %s != %s\n' % ((seq_type_name.capitalize(),)
                                                + _common_shorten_repr(seq1, seq2))
        len1, len2 = len(seq1), len(seq2)
        for i in range(min(len1, len2)):
            if seq1[i] != seq2[i]:
                differing += '\nFirst differing element %d:\n%s\n%s\n' % (
                    (i,) + _common_shorten_repr(seq1[i], seq2[i]))
                break
        else:
            if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                # Equal items in sequences of different types count as equal.
                return
        if len1 > len2:
            differing += ('\nFirst %s contains %d additional elements.\n'
                          'First extra element %d:\n%s\n'
                          % (seq_type_name, len1 - len2, len2, safe_repr(seq1[len2])))
        elif len1 < len2:
            differing += ('\nSecond %s contains %d additional elements.\n'
                          'First extra element %d:\n%s\n'
                          % (seq_type_name, len2 - len1, len1, safe_repr(seq2[len1])))
        standardMsg = self._truncateMessage(differing, _ndiff_lines(seq1, seq2))
        self.fail(self._formatMessage(msg, standardMsg))

    def _truncateMessage(self, message, diff):
        max_diff = self.maxDiff
        if max_diff is None or len(diff) <= max_diff:
            return message + diff
        return message + (DIFF_OMITTED % len(diff))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        try:
            difference1 = set1.difference(set2)
            difference2 = set2.difference(set1)
        except (TypeError, AttributeError) as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        if not (difference1 or difference2):
            return
        lines = []
        if difference1:
            lines.append('Items in the first set but not the second:')
            for item in difference1:
                lines.append(repr(item))
        if difference2:
            lines.append('Items in the second set but not the first:')
            for item in difference2:
                lines.append(repr(item))
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            standardMsg = '%s != %s' % _common_shorten_repr(d1, d2)
            standardMsg = self._truncateMessage(standardMsg, _ndiff_lines(d1, d2))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first != second:
            import difflib
            if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
                self._baseAssertEqual(first, second, msg)
            firstlines = first.splitlines(keepends=True)
            secondlines = second.splitlines(keepends=True)
            if len(firstlines) == 1 and first.strip('\r\n') == first:
                firstlines = [first + '\n']
                secondlines = [second + '\n']
            standardMsg = '%s != %s' % _common_shorten_repr(first, second)
            diff = '\n' + ''.join(difflib.ndiff(firstlines, secondlines))
            standardMsg = self._truncateMessage(standardMsg, diff)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertCountEqual(self, first, second, msg=None):
        from collections import Counter
        a, b = list(first), list(second)
        try:
            ok = Counter(a) == Counter(b)
        except TypeError:
            rest = list(b)
            ok = True
            for x in a:
                if x in rest:
                    rest.remove(x)
                else:
                    ok = False
            ok = ok and not rest
        if not ok:
            self.fail(self._formatMessage(msg, 'Element counts were not equal'))

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, '%s is not true' % safe_repr(expr)))

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, '%s is not false' % safe_repr(expr)))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, '%s is not %s' % (safe_repr(expr1),
                                                                 safe_repr(expr2))))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, 'unexpectedly identical: %s' % safe_repr(expr1)))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, '%s is not None' % safe_repr(obj)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, '%s not found in %s' % (safe_repr(member),
                                                                       safe_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(msg, '%s unexpectedly found in %s'
                                          % (safe_repr(member), safe_repr(container))))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is not an instance of %r'
                                          % (safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is an instance of %r' % (safe_repr(obj), cls)))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(msg, '%s not greater than %s' % (safe_repr(a),
                                                                           safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(msg, '%s not greater than or equal to %s'
                                          % (safe_repr(a), safe_repr(b))))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, '%s not less than %s' % (safe_repr(a),
                                                                        safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(msg, '%s not less than or equal to %s'
                                          % (safe_repr(a), safe_repr(b))))

    def assertRegex(self, text, expected_regex, msg=None):
        if isinstance(expected_regex, str):
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            self.fail(self._formatMessage(msg, "Regex didn't match: %r not found in %r"
                                          % (expected_regex.pattern, text)))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        if isinstance(unexpected_regex, str):
            unexpected_regex = re.compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            self.fail(self._formatMessage(msg, 'Regex matched: %r matches %r in %r'
                                          % (text[match.start():match.end()],
                                             unexpected_regex.pattern, text)))

    def _handle(self, context, args, kwargs):
        # With no callable the context manager is returned for a `with` block;
        # otherwise the callable runs inside it.
        if not args:
            return context
        callable_obj, args = args[0], args[1:]
        with context:
            callable_obj(*args, **kwargs)
        return context

    def assertRaises(self, expected_exception, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, msg=kwargs.pop('msg', None))
        return self._handle(context, args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, expected_regex,
                                       msg=kwargs.pop('msg', None))
        return self._handle(context, args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self, msg=kwargs.pop('msg', None))
        return self._handle(context, args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self, expected_regex,
                                      msg=kwargs.pop('msg', None))
        return self._handle(context, args, kwargs)
        callable_obj, args = args[0], args[1:]
        with context:
            callable_obj(*args, **kwargs)
        return context

    failUnlessEqual = assertEquals = assertEqual
    assertNotEquals = assertNotEqual
    assert_ = failUnless = assertTrue
    assertRaisesRegexp = assertRaisesRegex
    assertRegexpMatches = assertRegex


class FunctionTestCase(TestCase):
    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        TestCase.__init__(self)
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return '%s (%s)' % (strclass(self.__class__), self._testFunc.__name__)


class TestSuite:
    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __iter__(self):
        return iter(self._tests)

    def __repr__(self):
        return '<%s tests=%s>' % (strclass(self.__class__), list(self))

    def countTestCases(self):
        return sum(t.countTestCases() for t in self._tests)

    def addTest(self, test):
        if not callable(test):
            raise TypeError('{} is not callable'.format(repr(test)))
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError('tests must be an iterable of tests, not a string')
        for test in tests:
            self.addTest(test)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def run(self, result):
        classes_set_up = []
        for test in self._tests:
            if result.shouldStop:
                break
            if isinstance(test, TestCase):
                cls = test.__class__
                if cls not in classes_set_up:
                    self._finish_classes(classes_set_up, result)
                    classes_set_up.append(cls)
                    cls._classSetupFailed = False
                    if not getattr(cls, '__unittest_skip__', False):
                        try:
                            cls.setUpClass()
                        except SkipTest as e:
                            cls._classSetupFailed = True
                            result.addSkip(test, str(e))
                        except Exception as e:
                            cls._classSetupFailed = True
                            result.addError(_ErrorHolder('setUpClass (%s)' % strclass(cls)),
                                            (type(e), e, e.__traceback__))
                if cls._classSetupFailed:
                    continue
            test(result)
        self._finish_classes(classes_set_up, result)
        return result

    def _finish_classes(self, classes, result):
        while classes:
            cls = classes.pop()
            if cls._classSetupFailed or getattr(cls, '__unittest_skip__', False):
                continue
            try:
                cls.tearDownClass()
            except Exception as e:
                result.addError(_ErrorHolder('tearDownClass (%s)' % strclass(cls)),
                                (type(e), e, e.__traceback__))


class _ErrorHolder:
    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __str__(self):
        return self.id()

    def countTestCases(self):
        return 0


class TestResult:
    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self.failfast = False
        self.collectedDurations = []

    def startTest(self, test):
        self.testsRun += 1

    def stopTest(self, test):
        pass

    def startTestRun(self):
        pass

    def stopTestRun(self):
        pass

    def _exc_info_to_string(self, err, test):
        exctype, value, tb = err
        # The frames of this module (the assert methods) are left out, as CPython does.
        while tb is not None and self._is_relevant_tb_level(tb):
            tb = tb.tb_next
        if tb is not None and exctype is not None and issubclass(exctype, AssertionError):
            length = 0
            t = tb
            while t is not None and not self._is_relevant_tb_level(t):
                length += 1
                t = t.tb_next
            lines = traceback.format_exception(exctype, value, tb, limit=length)
        else:
            lines = traceback.format_exception(exctype, value, tb)
        return ''.join(lines)

    def _is_relevant_tb_level(self, tb):
        try:
            return '__unittest' in tb.tb_frame.f_globals
        except AttributeError:
            return False

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append(
            (test, self._exc_info_to_string(err, test) if err else ''))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return ((len(self.failures) == len(self.errors) == 0) and
                (not hasattr(self, 'unexpectedSuccesses') or
                 len(self.unexpectedSuccesses) == 0))

    def stop(self):
        self.shouldStop = True

    def __repr__(self):
        return ('<%s run=%i errors=%i failures=%i>' %
                (strclass(self.__class__), self.testsRun, len(self.errors),
                 len(self.failures)))


class _WritelnDecorator:
    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(TestResult):
    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        TestResult.__init__(self, stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True

    def getDescription(self, test):
        doc_first_line = test.shortDescription()
        if self.descriptions and doc_first_line:
            return '\n'.join((str(test), doc_first_line))
        return str(test)

    def startTest(self, test):
        TestResult.startTest(self, test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(' ... ')
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        is_subtest = isinstance(test, _SubTest)
        if is_subtest or self._newline:
            if not self._newline:
                self.stream.writeln()
            if is_subtest:
                self.stream.write('  ')
            self.stream.write(self.getDescription(test))
            self.stream.write(' ... ')
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if self.showAll:
                if issubclass(err[0], subtest.failureException):
                    self._write_status(subtest, 'FAIL')
                else:
                    self._write_status(subtest, 'ERROR')
            elif self.dots:
                if issubclass(err[0], subtest.failureException):
                    self.stream.write('F')
                else:
                    self.stream.write('E')
                self.stream.flush()
        TestResult.addSubTest(self, test, subtest, err)

    def _report(self, test, status, dot):
        # One word per test in verbose mode, one character otherwise.
        if self.showAll:
            self._write_status(test, status)
        elif self.dots:
            self.stream.write(dot)
            self.stream.flush()

    def addSuccess(self, test):
        TestResult.addSuccess(self, test)
        self._report(test, 'ok', '.')

    def addError(self, test, err):
        TestResult.addError(self, test, err)
        self._report(test, 'ERROR', 'E')

    def addFailure(self, test, err):
        TestResult.addFailure(self, test, err)
        self._report(test, 'FAIL', 'F')

    def addSkip(self, test, reason):
        TestResult.addSkip(self, test, reason)
        self._report(test, 'skipped {0!r}'.format(reason), 's')

    def addExpectedFailure(self, test, err):
        TestResult.addExpectedFailure(self, test, err)
        if self.showAll:
            self.stream.writeln('expected failure')
            self.stream.flush()
        elif self.dots:
            self.stream.write('x')
            self.stream.flush()

    def addUnexpectedSuccess(self, test):
        TestResult.addUnexpectedSuccess(self, test)
        if self.showAll:
            self.stream.writeln('unexpected success')
            self.stream.flush()
        elif self.dots:
            self.stream.write('u')
            self.stream.flush()

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        unexpected = getattr(self, 'unexpectedSuccesses', ())
        if unexpected:
            self.stream.writeln(self.separator1)
            for test in unexpected:
                self.stream.writeln('UNEXPECTED SUCCESS: %s' % self.getDescription(test))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln('%s: %s' % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln('%s' % err)
            self.stream.flush()


class TextTestRunner:
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False):
        if stream is None:
            stream = sys.stderr
        self.stream = _WritelnDecorator(stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        result.failfast = self.failfast
        result.buffer = self.buffer
        startTime = time.perf_counter()
        result.startTestRun()
        try:
            test(result)
        finally:
            result.stopTestRun()
        timeTaken = time.perf_counter() - startTime
        result.printErrors()
        if hasattr(result, 'separator2'):
            self.stream.writeln(result.separator2)
        run = result.testsRun
        self.stream.writeln('Ran %d test%s in %.3fs' % (run, run != 1 and 's' or '', timeTaken))
        self.stream.writeln()
        expectedFails = len(result.expectedFailures)
        unexpectedSuccesses = len(result.unexpectedSuccesses)
        skipped = len(result.skipped)
        infos = []
        if not result.wasSuccessful():
            self.stream.write('FAILED')
            failed, errored = len(result.failures), len(result.errors)
            if failed:
                infos.append('failures=%d' % failed)
            if errored:
                infos.append('errors=%d' % errored)
        elif run == 0 and not skipped:
            self.stream.write('NO TESTS RAN')
        else:
            self.stream.write('OK')
        if skipped:
            infos.append('skipped=%d' % skipped)
        if expectedFails:
            infos.append('expected failures=%d' % expectedFails)
        if unexpectedSuccesses:
            infos.append('unexpected successes=%d' % unexpectedSuccesses)
        if infos:
            self.stream.writeln(' (%s)' % (', '.join(infos),))
        else:
            self.stream.write('\n')
        self.stream.flush()
        return result


class TestLoader:
    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(lambda a, b: (a > b) - (a < b))
    suiteClass = TestSuite
    testNamePatterns = None

    def __init__(self):
        self.errors = []

    def getTestCaseNames(self, testCaseClass):
        names = []
        for name in dir(testCaseClass):
            if name.startswith(self.testMethodPrefix) and callable(getattr(testCaseClass, name)):
                names.append(name)
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError('Test cases should not be derived from TestSuite. '
                            'Maybe you meant to derive from TestCase?')
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass([testCaseClass(n) for n in names])

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) and obj is not TestCase \
                    and obj is not FunctionTestCase:
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        obj = module if module is not None else sys.modules[parts.pop(0)]
        parent = None
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(obj, TestSuite):
            return obj
        if isinstance(parent, type) and issubclass(parent, TestCase):
            return self.suiteClass([parent(parts[-1])])
        if callable(obj):
            test = obj()
            if isinstance(test, (TestSuite, TestCase)):
                return test
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])


defaultTestLoader = TestLoader()


def makeSuite(testCaseClass, prefix='test', sortUsing=None, suiteClass=TestSuite):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    return loader.loadTestsFromTestCase(testCaseClass)


def getTestCaseNames(testCaseClass, prefix, sortUsing=None, testNamePatterns=None):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    return loader.getTestCaseNames(testCaseClass)


class TestProgram:
    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = sys.modules[module]
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.verbosity = verbosity
        self.testRunner = testRunner
        self.testLoader = testLoader
        names = [a for a in argv[1:] if not a.startswith('-')]
        for a in argv[1:]:
            if a in ('-v', '--verbose'):
                self.verbosity = 2
            elif a in ('-q', '--quiet'):
                self.verbosity = 0
            elif a in ('-f', '--failfast'):
                self.failfast = True
        if defaultTest is not None and not names:
            names = [defaultTest] if isinstance(defaultTest, str) else list(defaultTest)
        if names:
            self.test = self.testLoader.loadTestsFromNames(names, self.module)
        else:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        self.runTests()

    def runTests(self):
        runner = self.testRunner
        if runner is None:
            runner = TextTestRunner
        if isinstance(runner, type):
            runner = runner(verbosity=self.verbosity, failfast=bool(self.failfast))
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram


def installHandler():
    pass


def registerResult(result):
    pass


def removeResult(result):
    return True


def removeHandler(method=None):
    if method is not None:
        return method


def addModuleCleanup(function, /, *args, **kwargs):
    pass


# The submodules CPython defines these classes in (reprs show them).
for _cls, _mod in ((TestCase, 'case'), (FunctionTestCase, 'case'), (SkipTest, 'case'),
                   (TestSuite, 'suite'), (TestResult, 'result'), (TextTestResult, 'runner'),
                   (TextTestRunner, 'runner'), (TestLoader, 'loader'), (TestProgram, 'main')):
    _cls.__module__ = 'unittest.' + _mod
del _cls, _mod
