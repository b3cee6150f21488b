"""doctest: runs the interactive examples found in docstrings and reports,
in CPython's format, those whose output differs from what is written.

Written for moult: the finder, parser, output checker and runner follow
CPython 3.11's behaviour (test names, ordering, line numbers, option
directives, the verbose and summary reports)."""

import sys
import traceback
import inspect
import linecache
import os
from collections import namedtuple
from io import StringIO

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST', 'Example',
    'DocTest', 'DocTestParser', 'DocTestFinder', 'DocTestRunner', 'OutputChecker',
    'DocTestFailure', 'UnexpectedException', 'DebugRunner', 'testmod', 'testfile',
    'run_docstring_examples', 'DocTestSuite', 'DocFileSuite', 'set_unittest_reportflags',
    'script_from_examples', 'testsource', 'debug_src', 'debug',
]

TestResults = namedtuple('TestResults', 'failed attempted')

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE
                    | ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)
REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')
REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE
                   | FAIL_FAST)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'
DIVIDER = '*' * 70


def _indent(s, indent=4):
    """Every line of s with `indent` spaces in front."""
    return ''.join(' ' * indent + line for line in s.splitlines(True))


def _exception_traceback(exc_info):
    out = StringIO()
    exc_type, exc_val, exc_tb = exc_info
    traceback.print_exception(exc_type, exc_val, exc_tb, file=out)
    return out.getvalue()


def _leading_spaces(line):
    return len(line) - len(line.lstrip(' '))


def _ellipsis_match(want, got):
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    first, last = pieces[0], pieces[-1]
    start, end = 0, len(got)
    if first:
        if not got.startswith(first):
            return False
        start = len(first)
        del pieces[0]
    if last:
        if not got.endswith(last):
            return False
        end -= len(last)
        del pieces[-1]
    if start > end:
        return False
    for piece in pieces:
        where = got.find(piece, start, end)
        if where < 0:
            return False
        start = where + len(piece)
    return True


def _comment_line(line):
    line = line.rstrip()
    return '# ' + line if line else '#'


def _strip_exception_details(msg):
    """The exception's class name without module or message."""
    start, end = 0, len(msg)
    i = msg.find('\n')
    if i >= 0:
        end = i
    i = msg.find(':', 0, end)
    if i >= 0:
        end = i
    i = msg.rfind('.', 0, end)
    if i >= 0:
        start = i + 1
    return msg[start:end]


class Example:
    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.source == other.source and self.want == other.want
                and self.lineno == other.lineno and self.indent == other.indent
                and self.options == other.options and self.exc_msg == other.exc_msg)

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    def __init__(self, examples, globs, name, filename, lineno, docstring):
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        if len(self.examples) == 0:
            examples = 'no examples'
        elif len(self.examples) == 1:
            examples = '1 example'
        else:
            examples = '%d examples' % len(self.examples)
        return '<%s %s from %s:%s (%s)>' % (self.__class__.__name__, self.name,
                                             self.filename, self.lineno, examples)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples and self.docstring == other.docstring
                and self.globs == other.globs and self.name == other.name
                and self.filename == other.filename and self.lineno == other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def _key(self):
        return (self.name, self.filename or '', -1 if self.lineno is None else self.lineno,
                id(self))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return self._key() < other._key()


class DocTestParser:
    def parse(self, string, name='<string>'):
        """The docstring split into text strings and Examples, alternately."""
        string = string.expandtabs()
        lines = string.split('\n')
        min_indent = None
        for line in lines:
            if line.strip():
                n = _leading_spaces(line)
                if min_indent is None or n < min_indent:
                    min_indent = n
        if min_indent:
            lines = [line[min_indent:] for line in lines]
        output = []
        text = []
        i = 0
        while i < len(lines):
            line = lines[i]
            stripped = line.lstrip(' ')
            if not stripped.startswith('>>>'):
                text.append(line)
                i += 1
                continue
            indent = len(line) - len(stripped)
            lineno = i
            source_lines = [line]
            i += 1
            while i < len(lines):
                nxt = lines[i]
                if nxt.lstrip(' ').startswith('...'):
                    source_lines.append(nxt)
                    i += 1
                else:
                    break
            want_lines = []
            while i < len(lines):
                nxt = lines[i]
                if not nxt.strip() or nxt.lstrip(' ').startswith('>>>'):
                    break
                want_lines.append(nxt)
                i += 1
            text.append('')
            output.append('\n'.join(text))
            text = []
            example = self._make_example(source_lines, want_lines, indent, lineno, name,
                                         line_offset=0)
            if not all(not l.strip() or l.strip().startswith('#')
                       for l in example.source.split('\n')):
                example.indent += min_indent or 0
                output.append(example)
        output.append('\n'.join(text))
        return output

    def _make_example(self, source_lines, want_lines, indent, lineno, name, line_offset):
        self._check_prompt_blank(source_lines, indent, name, lineno)
        self._check_prefix(source_lines[1:], ' ' * indent + '.', name, lineno)
        source = '\n'.join(sl[indent + 4:] for sl in source_lines)
        self._check_prefix(want_lines, ' ' * indent, name, lineno + len(source_lines))
        want = '\n'.join(wl[indent:] for wl in want_lines)
        exc_msg = None
        first = want.split('\n', 1)[0].rstrip()
        if first in ('Traceback (most recent call last):', 'Traceback (innermost last):'):
            for j, wl in enumerate(want.split('\n')[1:]):
                if wl[:1].isalnum() or wl[:1] == '_':
                    exc_msg = '\n'.join(want.split('\n')[1 + j:])
                    break
        options = self._find_options(source, name, lineno + line_offset)
        return Example(source, want, exc_msg, lineno=lineno + line_offset, indent=indent,
                       options=options)

    def get_examples(self, string, name='<string>'):
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def _find_options(self, source, name, lineno):
        options = {}
        for line in source.split('\n'):
            at = line.find('#')
            while at >= 0:
                rest = line[at + 1:].lstrip()
                if rest.startswith('doctest:'):
                    spec = rest[len('doctest:'):]
                    if "'" in spec or '"' in spec:
                        break
                    for option in spec.replace(',', ' ').split():
                        if option[0] not in '+-' or option[1:] not in OPTIONFLAGS_BY_NAME:
                            raise ValueError('line %r of the doctest for %s has an invalid '
                                             'option: %r' % (lineno + 1, name, option))
                        options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == '+'
                    break
                at = line.find('#', at + 1)
        if options and all(not l.strip() or l.strip().startswith('#')
                           for l in source.split('\n')):
            raise ValueError('line %r of the doctest for %s has an option directive on a '
                             'line with no example: %r' % (lineno, name, source))
        return options

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for i, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank after %s: %r'
                                 % (lineno + i + 1, name, line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has inconsistent '
                                 'leading whitespace: %r' % (lineno + i + 1, name, line))


class DocTestFinder:
    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True,
                 exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ "
                                 "doesn't exist: %r" % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)
        file = None
        if not inspect.ismodule(obj) or True:
            try:
                file = inspect.getsourcefile(obj) or inspect.getfile(obj)
            except TypeError:
                file = None
        source_lines = None
        if module is not None and file is None:
            file = getattr(module, '__file__', None)
        if file is not None:
            if module is not None:
                source_lines = linecache.getlines(file, module.__dict__)
            else:
                source_lines = linecache.getlines(file)
            if not source_lines:
                source_lines = None
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {})
        tests.sort()
        return tests

    def _from_module(self, module, obj):
        if module is None:
            return True
        if inspect.getmodule(obj) is not None:
            return module is inspect.getmodule(obj)
        if inspect.isfunction(obj):
            return module.__dict__ is obj.__globals__
        if inspect.isclass(obj):
            return module.__name__ == obj.__module__
        if hasattr(obj, '__module__'):
            return module.__name__ == obj.__module__
        if isinstance(obj, property):
            return True
        raise ValueError('object must be a class or function')

    def _is_routine(self, obj):
        try:
            obj = inspect.unwrap(obj)
        except ValueError:
            pass
        return inspect.isroutine(obj)

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print('Finding tests in %s' % name)
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        if inspect.ismodule(obj) and self._recurse:
            for valname, val in list(obj.__dict__.items()):
                valname = '%s.%s' % (name, valname)
                if (self._is_routine(val) or inspect.isclass(val)) and \
                        self._from_module(module, val):
                    self._find(tests, val, valname, module, source_lines, globs, seen)
            for valname, val in getattr(obj, '__test__', {}).items():
                if not isinstance(valname, str):
                    raise ValueError('DocTestFinder.find: __test__ keys must be strings: %r'
                                     % (type(valname),))
                if not (inspect.isroutine(val) or inspect.isclass(val)
                        or inspect.ismodule(val) or isinstance(val, str)):
                    raise ValueError('DocTestFinder.find: __test__ values must be strings, '
                                     'functions, methods, classes, or modules: %r'
                                     % (type(val),))
                valname = '%s.__test__.%s' % (name, valname)
                self._find(tests, val, valname, module, source_lines, globs, seen)
        if inspect.isclass(obj) and self._recurse:
            for valname, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if (inspect.isroutine(val) or inspect.isclass(val)
                        or isinstance(val, property)) and self._from_module(module, val):
                    valname = '%s.%s' % (name, valname)
                    self._find(tests, val, valname, module, source_lines, globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__
                if docstring is None:
                    docstring = ''
                elif not isinstance(docstring, str):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        if module is None:
            filename = None
        else:
            filename = getattr(module, '__file__', None) or module.__name__
            if filename.endswith('.pyc'):
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        lineno = None
        docstring = getattr(obj, '__doc__', None)
        if inspect.ismodule(obj) and docstring is not None:
            lineno = 0
        if inspect.isclass(obj) and docstring is not None:
            if source_lines is None:
                return None
            name = obj.__name__
            for i, line in enumerate(source_lines):
                rest = line.lstrip()
                if rest.startswith('class'):
                    rest = rest[5:].lstrip()
                    if rest.startswith(name) and not (rest[len(name):len(name) + 1].isalnum()
                                                      or rest[len(name):len(name) + 1] == '_'):
                        lineno = i
                        break
        if inspect.ismethod(obj):
            obj = obj.__func__
        if inspect.isfunction(obj) and getattr(obj, '__doc__', None):
            obj = obj.__code__
        if inspect.istraceback(obj):
            obj = obj.tb_frame
        if inspect.isframe(obj):
            obj = obj.f_code
        if inspect.iscode(obj):
            lineno = obj.co_firstlineno - 1
        if lineno is not None:
            if source_lines is None:
                return lineno + 1
            for i in range(lineno, len(source_lines)):
                if self._docstring_start(source_lines[i]):
                    return i
        return None

    @staticmethod
    def _docstring_start(line):
        """Whether line is where a docstring starts: optional text ending in a
        colon, then optional word characters and a quote."""
        candidates = [line]
        at = line.find(':')
        while at >= 0:
            candidates.append(line[at + 1:])
            at = line.find(':', at + 1)
        for rest in candidates:
            rest = rest.lstrip()
            j = 0
            while j < len(rest) and (rest[j].isalnum() or rest[j] == '_'):
                j += 1
            if rest[j:j + 1] in ('"', "'"):
                return True
        return False


class OutputChecker:
    def _to_ascii(self, s):
        return str(s.encode('ASCII', 'backslashreplace'), 'ASCII')

    def check_output(self, want, got, optionflags):
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (('True\n', '1\n'), ('False\n', '0\n')):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = '\n'.join('' if line.startswith(BLANKLINE_MARKER)
                             and not line[len(BLANKLINE_MARKER):].strip() else line
                             for line in want.split('\n'))
            got = '\n'.join('' if not line.strip(' \t\r\f\v') else line
                            for line in got.split('\n'))
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        return want.count('\n') > 2 and got.count('\n') > 2

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = '\n'.join(BLANKLINE_MARKER if not line.strip() and i < got.count('\n') else line
                            for i, line in enumerate(got.split('\n')))
        if self._do_a_fancy_diff(want, got, optionflags):
            import difflib
            want_lines = want.splitlines(keepends=True)
            got_lines = got.splitlines(keepends=True)
            if optionflags & REPORT_UDIFF:
                diff = list(difflib.unified_diff(want_lines, got_lines, n=2))[2:]
                kind = 'unified diff with -expected +actual'
            elif optionflags & REPORT_CDIFF:
                diff = list(difflib.context_diff(want_lines, got_lines, n=2))[2:]
                kind = 'context diff with expected followed by actual'
            else:
                engine = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                diff = list(engine.compare(want_lines, got_lines))
                kind = 'ndiff with -expected +actual'
            diff = [line.rstrip() + '\n' for line in diff]
            return 'Differences (%s):\n' % kind + _indent(''.join(diff))
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        if want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        if got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        return 'Expected nothing\nGot nothing\n'


class DocTestFailure(Exception):
    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class _SpoofOut:
    """Where examples print: a text buffer whose value ends with a newline."""

    def __init__(self):
        self._buf = StringIO()

    def write(self, s):
        return self._buf.write(s)

    def writelines(self, lines):
        for line in lines:
            self._buf.write(line)

    def flush(self):
        pass

    def getvalue(self):
        result = self._buf.getvalue()
        if result and not result.endswith('\n'):
            result += '\n'
        return result

    def truncate(self, size=None):
        self._buf = StringIO()

    def isatty(self):
        return False

    encoding = 'utf-8'
    errors = 'strict'


SUCCESS, FAILURE, BOOM = range(3)


class DocTestRunner:
    DIVIDER = DIVIDER

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indent(example.source) + 'Expecting:\n'
                    + _indent(example.want))
            else:
                out('Trying:\n' + _indent(example.source) + 'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example)
            + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + 'Exception raised:\n'
            + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = '?'
            out.append('File "%s", line %s, in %s' % (test.filename, lineno, test.name))
        else:
            out.append('Line %s, in %s' % (example.lineno + 1, test.name))
        out.append('Failed example:')
        out.append(_indent(example.source))
        return '\n'.join(out)

    def __run(self, test, compileflags, out):
        failures = tries = 0
        original_optionflags = self.optionflags
        check = self._checker.check_output
        for examplenum, example in enumerate(test.examples):
            quiet = (self.optionflags & REPORT_ONLY_FIRST_FAILURE and failures > 0)
            self.optionflags = original_optionflags
            if example.options:
                for optionflag, val in example.options.items():
                    if val:
                        self.optionflags |= optionflag
                    else:
                        self.optionflags &= ~optionflag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = '<doctest %s[%d]>' % (test.name, examplenum)
            try:
                code = compile(example.source, filename, 'single')
                exec(code, test.globs)
                self.debugger_exc = None
                exception = None
            except KeyboardInterrupt:
                raise
            except BaseException:
                exception = sys.exc_info()
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            outcome = FAILURE
            if exception is None:
                if check(example.want, got, self.optionflags):
                    outcome = SUCCESS
            else:
                formatted = traceback.format_exception_only(*exception[:2])
                if issubclass(exception[0], SyntaxError):
                    prefixes = (exception[0].__qualname__ + ':',
                                exception[0].__module__ + '.' + exception[0].__qualname__ + ':')
                    for index, line in enumerate(formatted):
                        if line.startswith(prefixes):
                            formatted = formatted[index:]
                            break
                exc_msg = ''.join(formatted)
                if not quiet:
                    got += _exception_traceback(exception)
                if example.exc_msg is None:
                    outcome = BOOM
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    outcome = SUCCESS
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    if check(_strip_exception_details(example.exc_msg),
                             _strip_exception_details(exc_msg), self.optionflags):
                        outcome = SUCCESS
            if outcome is SUCCESS:
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome is FAILURE:
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            else:
                if not quiet:
                    self.report_unexpected_exception(out, test, example, exception)
                failures += 1
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = original_optionflags
        self.__record_outcome(test, failures, tries)
        return TestResults(failures, tries)

    def __record_outcome(self, test, f, t):
        f2, t2 = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f + f2, t + t2)
        self.failures += f
        self.tries += t

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        self.test = test
        save_stdout = sys.stdout
        if out is None:
            encoding = getattr(save_stdout, 'encoding', None) or 'utf-8'

            def out(s):
                if encoding.lower() not in ('utf-8', 'utf8'):
                    s = str(s.encode(encoding, 'backslashreplace'), encoding)
                save_stdout.write(s)
        sys.stdout = self._fakeout
        # Tracebacks show the lines of examples (`<doctest name[i]>`).
        save_getlines = linecache.getlines
        linecache.getlines = self._patched_getlines
        save_displayhook = getattr(sys, 'displayhook', None)
        if hasattr(sys, '__displayhook__'):
            sys.displayhook = sys.__displayhook__
        try:
            return self.__run(test, compileflags, out)
        finally:
            sys.stdout = save_stdout
            linecache.getlines = save_getlines
            if save_displayhook is not None:
                sys.displayhook = save_displayhook
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def _patched_getlines(self, filename, module_globals=None):
        prefix = '<doctest %s[' % self.test.name
        if filename.startswith(prefix) and filename.endswith(']>'):
            number = filename[len(prefix):-2]
            if number.isdigit() and int(number) < len(self.test.examples):
                return self.test.examples[int(number)].source.splitlines(keepends=True)
        return self._real_getlines(filename, module_globals)

    _real_getlines = staticmethod(linecache.getlines)

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        notests = []
        passed = []
        failed = []
        totalt = totalf = 0
        for name, (f, t) in self._name2ft.items():
            totalt += t
            totalf += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if notests:
                print(len(notests), 'items had no tests:')
                notests.sort()
                for name in notests:
                    print('   ', name)
            if passed:
                print(len(passed), 'items passed all tests:')
                passed.sort()
                for name, count in passed:
                    print(' %3d tests in %s' % (count, name))
        if failed:
            print(self.DIVIDER)
            print(len(failed), 'items had failures:')
            failed.sort()
            for name, (f, t) in failed:
                print(' %3d of %3d in %s' % (f, t, name))
        if verbose:
            print(totalt, 'tests in', len(self._name2ft), 'items.')
            print(totalt - totalf, 'passed and', totalf, 'failed.')
        if totalf:
            print('***Test Failed***', totalf, 'failures.')
        elif verbose:
            print('Test passed.')
        return TestResults(totalf, totalt)

    def merge(self, other):
        d = self._name2ft
        for name, (f, t) in other._name2ft.items():
            if name in d:
                f2, t2 = d[name]
                f = f + f2
                t = t + t2
            d[name] = f, t


class DebugRunner(DocTestRunner):
    def run(self, test, compileflags=None, out=None, clear_globs=True):
        r = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return r

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    global master
    if m is None:
        m = sys.modules.get('__main__')
    if not inspect.ismodule(m):
        raise TypeError('testmod: module required; %r' % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def _load_testfile(filename, package, module_relative, encoding):
    if module_relative:
        if package is None:
            caller = sys._getframe(2).f_globals.get('__file__') if hasattr(sys, '_getframe') \
                else None
            base = os.path.dirname(os.path.abspath(caller)) if caller else os.getcwd()
        else:
            if isinstance(package, str):
                package = __import__(package, fromlist=['*'])
            base = os.path.dirname(os.path.abspath(package.__file__))
        filename = os.path.join(base, *filename.split('/'))
    with open(filename, encoding=encoding or 'utf-8') as f:
        return f.read(), filename


def testfile(filename, module_relative=True, name=None, package=None, globs=None,
             verbose=None, report=True, optionflags=0, extraglobs=None,
             raise_on_error=False, parser=DocTestParser(), encoding=None):
    global master
    if package and not module_relative:
        raise ValueError('Package may only be specified for module-relative paths.')
    text, filename = _load_testfile(filename, package, module_relative, encoding)
    if name is None:
        name = os.path.basename(filename)
    if globs is None:
        globs = {}
    else:
        globs = globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if '__name__' not in globs:
        globs['__name__'] = '__main__'
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    test = parser.get_doctest(text, globs, name, filename, 0)
    runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name='NoName', compileflags=None,
                           optionflags=0):
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    global _unittest_reportflags
    if (flags & REPORTING_FLAGS) != flags:
        raise ValueError('Only reporting flags allowed', flags)
    old = _unittest_reportflags
    _unittest_reportflags = flags
    return old


def _make_case_class():
    import unittest

    class DocTestCase(unittest.TestCase):
        def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
            unittest.TestCase.__init__(self)
            self._dt_optionflags = optionflags
            self._dt_checker = checker
            self._dt_test = test
            self._dt_setUp = setUp
            self._dt_tearDown = tearDown

        def setUp(self):
            if self._dt_setUp is not None:
                self._dt_setUp(self._dt_test)

        def tearDown(self):
            if self._dt_tearDown is not None:
                self._dt_tearDown(self._dt_test)
            self._dt_test.globs.clear()

        def runTest(self):
            test = self._dt_test
            new = StringIO()
            optionflags = self._dt_optionflags
            if not (optionflags & REPORTING_FLAGS):
                optionflags |= _unittest_reportflags
            runner = DocTestRunner(optionflags=optionflags, checker=self._dt_checker,
                                   verbose=False)
            failures, tries = runner.run(test, out=new.write, clear_globs=False)
            if failures:
                raise self.failureException(self.format_failure(new.getvalue()))

        def format_failure(self, err):
            test = self._dt_test
            lineno = 'unknown line number' if test.lineno is None else '%s' % test.lineno
            lname = '.'.join(test.name.split('.')[-1:])
            return ('Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s'
                    % (test.name, test.filename, lineno, lname, err))

        def id(self):
            return self._dt_test.name

        def __repr__(self):
            name = self._dt_test.name.split('.')
            return '%s (%s)' % (name[-1], '.'.join(name[:-1]))

        __str__ = object.__str__

        def shortDescription(self):
            return 'Doctest: ' + self._dt_test.name

    return DocTestCase


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    import unittest
    if test_finder is None:
        test_finder = DocTestFinder()
    if module is None:
        module = sys._getframe(1).f_globals['__name__']
    if isinstance(module, str):
        module = __import__(module, fromlist=['*'])
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    case = _make_case_class()
    suite = unittest.TestSuite()
    for test in tests:
        if len(test.examples) == 0:
            continue
        if not test.filename:
            filename = module.__file__
            if filename.endswith('.pyc'):
                filename = filename[:-1]
            test.filename = filename
        suite.addTest(case(test, **options))
    return suite


def DocFileSuite(*paths, **kw):
    import unittest
    suite = unittest.TestSuite()
    case = _make_case_class()
    for path in paths:
        module_relative = kw.pop('module_relative', True)
        package = kw.pop('package', None)
        globs = kw.pop('globs', None) or {}
        parser = kw.pop('parser', DocTestParser())
        encoding = kw.pop('encoding', None)
        text, filename = _load_testfile(path, package, module_relative, encoding)
        globs = dict(globs)
        globs.setdefault('__file__', filename)
        name = os.path.basename(filename)
        test = parser.get_doctest(text, globs, name, filename, 0)
        suite.addTest(case(test, **kw))
    return suite


def script_from_examples(s):
    output = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            output.append(piece.source[:-1])
            want = piece.want
            if want:
                output.append('# Expected:')
                output += ['## ' + line for line in want.split('\n')[:-1]]
        else:
            output += [_comment_line(line) for line in piece.split('\n')[:-1]]
    while output and output[-1] == '#':
        output.pop()
    while output and output[0] == '#':
        output.pop(0)
    return '\n'.join(output) + '\n'


def testsource(module, name):
    if isinstance(module, str):
        module = __import__(module, fromlist=['*'])
    tests = DocTestFinder().find(module)
    test = [t for t in tests if t.name == name]
    if not test:
        raise ValueError(name, 'not found in tests')
    return script_from_examples(test[0].docstring)


def debug_src(src, pm=False, globs=None):
    exec(script_from_examples(src), globs or {})


def debug(module, name, pm=False):
    debug_src(testsource(module, name), pm)


def _test():
    import argparse
    parser = argparse.ArgumentParser(description='doctest runner')
    parser.add_argument('-v', '--verbose', action='store_true', default=False)
    parser.add_argument('-o', '--option', action='append', choices=OPTIONFLAGS_BY_NAME.keys(),
                        default=[])
    parser.add_argument('-f', '--fail-fast', action='store_true')
    parser.add_argument('file', nargs='+')
    args = parser.parse_args()
    options = 0
    for option in args.option:
        options |= OPTIONFLAGS_BY_NAME[option]
    if args.fail_fast:
        options |= FAIL_FAST
    for filename in args.file:
        if filename.endswith('.py'):
            dirname, filename = os.path.split(filename)
            sys.path.insert(0, dirname)
            m = __import__(filename[:-3])
            del sys.path[0]
            failures, _ = testmod(m, verbose=args.verbose, optionflags=options)
        else:
            failures, _ = testfile(filename, module_relative=False, verbose=args.verbose,
                                   optionflags=options)
        if failures:
            return 1
    return 0


if __name__ == '__main__':
    sys.exit(_test())
