"""Warning control: warn(), filters (simplefilter, filterwarnings, resetwarnings),
catch_warnings, and the default display 'file:line: Category: message'."""

import sys
import linecache

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings']

# (action, message text or None, category, module or None, lineno), first match wins.
filters = []
defaultaction = 'default'
onceregistry = {}
_filters_version = [1]
# What was already shown, for the 'default', 'module' and 'once' actions.
_shown = set()

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')


def _match_text(pattern, text):
    if pattern is None:
        return True
    try:
        import re
        return re.compile(pattern, re.I).match(text) is not None
    except Exception:
        return text.lower().startswith(pattern.lower())


def _match_module(pattern, module):
    if pattern is None:
        return True
    try:
        import re
        return re.compile(pattern + r'\Z').match(module) is not None
    except Exception:
        return pattern == module


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Adds a filter: warnings matching message/category/module/lineno get action."""
    if action not in _ACTIONS:
        raise ValueError('invalid action: %r' % (action,))
    if not isinstance(message, str):
        raise TypeError('message must be a string')
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError('category must be a Warning subclass')
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError('lineno must be an int >= 0')
    _add_filter(action, message or None, category, module or None, lineno, append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter on category alone."""
    if action not in _ACTIONS:
        raise ValueError('invalid action: %r' % (action,))
    _add_filter(action, None, category, None, lineno, append)


def _add_filter(action, message, category, module, lineno, append):
    item = (action, message, category, module, lineno)
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_version[0] += 1
    _shown.clear()


def resetwarnings():
    filters[:] = []
    _filters_version[0] += 1
    _shown.clear()


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning prints for one warning."""
    s = '%s:%s: %s: %s\n' % (filename, lineno, category.__name__, message)
    if line is None:
        line = linecache.getline(filename, lineno)
    line = line.strip() if line else ''
    if line:
        s += '  %s\n' % line
    return s


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to file (sys.stderr by default)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


class WarningMessage:
    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def _caller(stacklevel):
    getframe = getattr(sys, '_getframe', None)
    if getframe is None:
        return '<unknown>', 0, '__main__'
    try:
        # Frame 0 is _caller, 1 is warn, 2 is warn's caller (stacklevel 1).
        frame = getframe(stacklevel + 1)
    except ValueError:
        return 'sys', 1, 'sys'
    globals_ = frame.f_globals
    return frame.f_code.co_filename, frame.f_lineno, globals_.get('__name__', '<string>')


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning (shown, ignored or raised as the filters say)."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    filename, lineno, module = _caller(stacklevel)
    warn_explicit(message, category, filename, lineno, module)


def _default_action(category, module):
    # CPython's default filters: DeprecationWarning shown only in __main__, and
    # Deprecation/PendingDeprecation/Import/ResourceWarning ignored elsewhere.
    if issubclass(category, DeprecationWarning):
        return 'default' if module == '__main__' else 'ignore'
    for name in ('PendingDeprecationWarning', 'ImportWarning', 'ResourceWarning'):
        cls = getattr(sys.modules.get('builtins'), name, None) if 'builtins' in sys.modules \
            else None
        if cls is not None and issubclass(category, cls):
            return 'ignore'
    return defaultaction


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    if module is None:
        module = filename or '<unknown>'
        if module.endswith('.py'):
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    action = None
    for act, msg, cat, mod, ln in filters:
        if ((msg is None or _match_text(msg, text)) and issubclass(category, cat)
                and (mod is None or _match_module(mod, module)) and (ln == 0 or lineno == ln)):
            action = act
            break
    if action is None:
        action = _default_action(category, module)
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        key = (text, category)
    elif action == 'module':
        key = (text, category, module)
    elif action == 'default':
        key = (text, category, module, lineno)
    else:
        key = None
    if key is not None:
        if key in _shown:
            return
        _shown.add(key)
    msg = WarningMessage(message, category, filename, lineno, None, None, source)
    _showwarnmsg(msg)


def _showwarnmsg(msg):
    # A replaced showwarning (as catch_warnings(record=True) does) is honoured.
    sw = globals().get('showwarning')
    if sw is not _original_showwarning:
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


_original_showwarning = showwarning


class catch_warnings:
    """Saves and restores the filters (and showwarning); record=True collects them."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = sys.modules[__name__] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        return '%s(%s)' % (type(self).__name__, ', '.join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        module = self._module
        self._saved_filters = list(module.filters)
        self._saved_shown = set(_shown)
        self._saved_showwarning = module.showwarning
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []

            def record(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))
            module.showwarning = record
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        module = self._module
        module.filters[:] = self._saved_filters
        _shown.clear()
        _shown.update(self._saved_shown)
        module.showwarning = self._saved_showwarning
        _filters_version[0] += 1
