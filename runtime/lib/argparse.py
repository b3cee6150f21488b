"""Command-line parsing: ArgumentParser with positional and optional arguments, the
common actions (store, store_const, store_true/false, append, append_const, count,
extend, help, version), nargs, type, choices, defaults and required arguments, and
CPython's usage/help layout and error messages (exit status 2)."""

import os as _os
import sys as _sys

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'Namespace', 'Action',
           'FileType', 'HelpFormatter', 'SUPPRESS', 'OPTIONAL', 'ZERO_OR_MORE',
           'ONE_OR_MORE', 'REMAINDER', 'BooleanOptionalAction']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
REMAINDER = '...'
PARSER = 'A...'
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'


class Namespace:
    """A simple attribute holder: Namespace(a=1, b=2)."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        parts = []
        for name, value in self.__dict__.items():
            if name.isidentifier():
                parts.append('%s=%r' % (name, value))
            else:
                parts.append('**{%r: %r}' % (name, value))
        return 'Namespace(%s)' % ', '.join(parts)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = _action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


def _action_name(action):
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return '{' + ','.join(action.choices) + '}'
    return None


class Action:
    """What to do with an argument; the subclasses are the named actions."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')

    def __repr__(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices',
                 'required', 'help', 'metavar']
        return '%s(%s)' % (type(self).__name__,
                           ', '.join('%s=%r' % (n, getattr(self, n)) for n in names))


class _StoreAction(Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


class _AppendAction(Action):
    def __call__(self, parser, namespace, values, option_string=None):
        items = list(getattr(namespace, self.dest, None) or [])
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = list(getattr(namespace, self.dest, None) or [])
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = list(getattr(namespace, self.dest, None) or [])
        items.extend(values)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (count or 0) + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = self.version if self.version is not None else parser.version
        parser._print_message(text.replace('%(prog)s', parser.prog) + '\n', _sys.stdout)
        parser.exit()


class BooleanOptionalAction(Action):
    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        strings = []
        for option in option_strings:
            strings.append(option)
            if option.startswith('--'):
                strings.append('--no-' + option[2:])
        super().__init__(strings, dest, nargs=0, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))


_ACTIONS = {None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
            'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction,
            'append': _AppendAction, 'append_const': _AppendConstAction,
            'count': _CountAction, 'help': _HelpAction, 'version': _VersionAction,
            'extend': _ExtendAction}


class _ChoiceAction(Action):
    # One command of a subparsers action, listed under it in the help.
    def __init__(self, name, aliases, help):
        metavar = name
        if aliases:
            metavar += ' (%s)' % ', '.join(aliases)
        Action.__init__(self, [], name, help=help, metavar=metavar)


class _SubParsersAction(Action):
    """The action of add_subparsers(): its value is the command name followed by
    the rest of the command line, which the command's own parser reads."""

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        Action.__init__(self, option_strings, dest, nargs=PARSER, choices=self._name_parser_map,
                        required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, 'conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            self._choices_actions.append(_ChoiceAction(name, aliases, kwargs.pop('help')))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name = values[0]
        rest = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        try:
            sub = self._name_parser_map[name]
        except KeyError:
            raise ArgumentError(self, 'unknown parser %r (choices: %s)'
                                % (name, ', '.join(self._name_parser_map)))
        subnamespace, rest = sub.parse_known_args(rest, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if rest:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(rest)


class FileType:
    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._encoding = encoding

    def __call__(self, string):
        if string == '-':
            return _sys.stdin if 'r' in self._mode else _sys.stdout
        try:
            return open(string, self._mode, encoding=self._encoding)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))


class HelpFormatter:
    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            try:
                width = int(_os.environ['COLUMNS'])
            except (KeyError, ValueError):
                width = 80
            width -= 2
        self._prog = prog
        self._width = width
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))


class _Group:
    def __init__(self, parser, title=None, description=None):
        self._parser = parser
        self.title = title
        self.description = description
        self._group_actions = []

    def add_argument(self, *args, **kwargs):
        action = self._parser.add_argument(*args, **kwargs)
        self._parser._move_to_group(action, self)
        return action

    def add_mutually_exclusive_group(self, **kwargs):
        return self._parser.add_mutually_exclusive_group(**kwargs)


def _usage_words(text):
    # Wrapping units: a bracketed group stays whole, anything else splits on spaces.
    words = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] == ' ':
            i += 1
            continue
        if text[i] in '[(':
            depth = 0
            j = i
            while j < n:
                if text[j] in '[(':
                    depth += 1
                elif text[j] in '])':
                    depth -= 1
                    if depth == 0 and (j + 1 == n or text[j + 1] == ' '):
                        break
                j += 1
            words.append(text[i:j + 1])
            i = j + 1
        else:
            j = text.find(' ', i)
            if j < 0:
                j = n
            words.append(text[i:j])
            i = j
    return words


class ArgumentParser:
    """Parses sys.argv (or a list) into a Namespace."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(),
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv and _sys.argv[0] else 'prog'
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._positionals = _Group(self, 'positional arguments')
        self._optionals = _Group(self, 'options')
        self._groups = [self._positionals, self._optionals]
        self._defaults = {}
        if add_help:
            self.add_argument('-h', '--help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            for action in parent._actions:
                if not isinstance(action, _HelpAction):
                    self._register(action)

    # Building the parser.
    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        if not args or (len(args) == 1 and args[0] and args[0][0] not in chars):
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            dest = args[0] if args else kwargs.pop('dest')
            option_strings = []
            kwargs['dest'] = dest
            if kwargs.get('nargs') not in (OPTIONAL, ZERO_OR_MORE, REMAINDER) and \
                    'required' not in kwargs:
                kwargs['required'] = True
            elif kwargs.get('nargs') == ZERO_OR_MORE and 'default' not in kwargs:
                kwargs['required'] = True
        else:
            option_strings = list(args)
            for option in option_strings:
                if option[0] not in chars:
                    raise ValueError('invalid option string %r: must start with a character %r'
                                     % (option, chars))
            dest = kwargs.pop('dest', None)
            if dest is None:
                longs = [o for o in option_strings if len(o) > 1 and o[1] in chars]
                dest = (longs or option_strings)[0].lstrip(chars).replace('-', '_')
            kwargs['dest'] = dest
        if 'default' not in kwargs:
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_name = kwargs.pop('action', None)
        action_class = _ACTIONS.get(action_name, action_name)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_name,))
        type_func = kwargs.get('type')
        if type_func is not None and not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        action = action_class(option_strings, **kwargs)
        return self._register(action)

    def _register(self, action):
        self._actions.append(action)
        group = self._optionals if action.option_strings else self._positionals
        group._group_actions.append(action)
        return action

    def _move_to_group(self, action, group):
        for g in self._groups:
            if action in g._group_actions:
                g._group_actions.remove(action)
        group._group_actions.append(action)

    def add_argument_group(self, title=None, description=None):
        group = _Group(self, title, description)
        self._groups.append(group)
        return group

    def add_mutually_exclusive_group(self, required=False):
        return _Group(self)

    def add_subparsers(self, **kwargs):
        if any(isinstance(a, _SubParsersAction) for a in self._actions):
            self.error('cannot have multiple subparser arguments')
        title = kwargs.pop('title', None)
        description = kwargs.pop('description', None)
        if kwargs.get('prog') is None:
            words = [self.prog]
            for action in self._actions:
                if not action.option_strings and action.help != SUPPRESS:
                    words.append(self._args_text(action))
            kwargs['prog'] = ' '.join(words)
        else:
            kwargs['prog'] = kwargs['prog']
        parser_class = kwargs.pop('parser_class', type(self))
        action_class = kwargs.pop('action', _SubParsersAction)
        action = action_class(option_strings=[], parser_class=parser_class, **kwargs)
        self._actions.append(action)
        if title or description:
            group = self.add_argument_group(title, description)
        else:
            group = self._positionals
        group._group_actions.append(action)
        return action

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    # Parsing.
    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error('unrecognized arguments: %s' % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        try:
            extras = self._parse(args, namespace)
        except ArgumentError as err:
            self.error(str(err))
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            extras.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, extras

    def _is_option(self, arg):
        if not arg or arg[0] not in self.prefix_chars or arg == '-':
            return False
        if arg == '--':
            return True
        body = arg.lstrip(self.prefix_chars)
        try:
            float(arg)
            return False
        except ValueError:
            pass
        return bool(body) or arg == '--'

    def _find_option(self, arg):
        """(action, option string, attached value) for an option argument."""
        by_string = {}
        for action in self._actions:
            for option in action.option_strings:
                by_string[option] = action
        if '=' in arg and arg[1:2] in self.prefix_chars:
            name, _, value = arg.partition('=')
            if name in by_string:
                return by_string[name], name, value
        if arg in by_string:
            return by_string[arg], arg, None
        if arg[1:2] not in self.prefix_chars and len(arg) > 2:
            short = arg[:2]
            if short in by_string:
                return by_string[short], short, arg[2:]
        if self.allow_abbrev and arg[1:2] in self.prefix_chars:
            name, eq, value = arg.partition('=')
            matches = [o for o in by_string if o.startswith(name) and o[1:2] in
                       self.prefix_chars]
            if len(matches) == 1:
                return by_string[matches[0]], matches[0], value if eq else None
            if len(matches) > 1:
                self.error('ambiguous option: %s could match %s'
                           % (name, ', '.join(sorted(matches))))
        return None, None, None

    def _convert(self, action, text):
        type_func = action.type
        if type_func is None:
            value = text
        else:
            try:
                value = type_func(text)
            except ArgumentTypeError as e:
                raise ArgumentError(action, str(e))
            except (TypeError, ValueError):
                name = getattr(type_func, '__name__', repr(type_func))
                raise ArgumentError(action, 'invalid %s value: %r' % (name, text))
        if action.choices is not None and value not in action.choices:
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, ', '.join(map(repr, action.choices))))
        return value

    def _values(self, action, texts):
        nargs = action.nargs
        if nargs in (None, OPTIONAL) and len(texts) <= 1:
            if not texts:
                if nargs == OPTIONAL:
                    value = action.const if action.option_strings else action.default
                    if isinstance(value, str) and action.type is not None:
                        value = self._convert(action, value)
                    return value
            return self._convert(action, texts[0])
        if nargs == REMAINDER:
            return list(texts)
        return [self._convert(action, t) for t in texts]

    def _parse(self, args, namespace):
        positionals = []
        extras = []
        seen = set()
        # The command of a subparsers action comes after the positionals before it;
        # everything after the command is the command's.
        command_at = None
        sub_rest = []
        count = 0
        for action in self._actions:
            if action.option_strings:
                continue
            if isinstance(action, _SubParsersAction):
                command_at = count
                break
            count += 1 if action.nargs is None else (
                action.nargs if isinstance(action.nargs, int) else 1)
        i = 0
        n = len(args)
        while i < n:
            arg = args[i]
            if arg == '--':
                positionals.extend(args[i + 1:])
                break
            if not self._is_option(arg):
                positionals.append(arg)
                i += 1
                if command_at is not None and len(positionals) == command_at + 1:
                    sub_rest = args[i:]
                    break
                continue
            action, option, attached = self._find_option(arg)
            if action is None:
                extras.append(arg)
                i += 1
                continue
            i += 1
            nargs = action.nargs
            if nargs == 0:
                if attached is not None and arg[1:2] not in self.prefix_chars:
                    # Combined short flags: -vc means -v -c.
                    action(self, namespace, None, option)
                    seen.add(action)
                    args = args[:i] + ['-' + attached] + args[i:]
                    n = len(args)
                    continue
                if attached is not None:
                    raise ArgumentError(action, 'ignored explicit argument %r' % attached)
                action(self, namespace, None, option)
                seen.add(action)
                continue
            texts = []
            if attached is not None:
                texts.append(attached)
            else:
                while i < n and not self._is_option(args[i]) and args[i] != '--':
                    if nargs in (None, OPTIONAL) and texts:
                        break
                    if isinstance(nargs, int) and len(texts) >= nargs:
                        break
                    texts.append(args[i])
                    i += 1
            if nargs is None and len(texts) != 1:
                raise ArgumentError(action, 'expected one argument')
            if nargs == ONE_OR_MORE and not texts:
                raise ArgumentError(action, 'expected at least one argument')
            if isinstance(nargs, int) and len(texts) != nargs:
                raise ArgumentError(action, 'expected %d argument%s'
                                    % (nargs, '' if nargs == 1 else 's'))
            action(self, namespace, self._values(action, texts), option)
            seen.add(action)
        # Positionals: each takes its share, leaving enough for the ones after it.
        pos_actions = [a for a in self._actions if not a.option_strings]

        def minimum(action):
            nargs = action.nargs
            if nargs in (OPTIONAL, ZERO_OR_MORE, REMAINDER):
                return 0
            if nargs in (None, ONE_OR_MORE, PARSER):
                return 1
            return nargs
        index = 0
        for k, action in enumerate(pos_actions):
            later = sum(minimum(a) for a in pos_actions[k + 1:])
            available = len(positionals) - index - later
            nargs = action.nargs
            if nargs is None or nargs == PARSER:
                take = 1 if available >= 1 else 0
            elif nargs == OPTIONAL:
                take = 1 if available >= 1 else 0
            elif nargs in (ZERO_OR_MORE, ONE_OR_MORE, REMAINDER):
                take = max(available, 0)
            else:
                take = nargs if available >= nargs else 0
            if take < minimum(action):
                continue
            texts = positionals[index:index + take]
            index += take
            if nargs == ZERO_OR_MORE and not texts:
                value = action.default
            elif nargs == PARSER:
                if texts[0] not in action.choices:
                    raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                        % (texts[0], ', '.join(map(repr, action.choices))))
                value = texts + sub_rest
            else:
                value = self._values(action, texts)
            action(self, namespace, value, None)
            seen.add(action)
        extras.extend(positionals[index:])
        missing = [a for a in self._actions if a.required and a not in seen]
        if missing:
            self.error('the following arguments are required: %s'
                       % ', '.join(_action_name(a) for a in missing))
        # String defaults go through type, as if given on the command line.
        for action in self._actions:
            if action not in seen and isinstance(action.default, str) and \
                    action.type is not None and getattr(namespace, action.dest, None) is \
                    action.default:
                setattr(namespace, action.dest, self._convert(action, action.default))
        return extras

    # Output.
    def _metavar(self, action):
        if action.metavar is not None:
            return action.metavar
        if action.choices is not None:
            return '{%s}' % ','.join(map(str, action.choices))
        if action.option_strings:
            return action.dest.upper()
        return action.dest

    def _args_text(self, action):
        metavar = self._metavar(action)
        nargs = action.nargs
        if nargs is None:
            return metavar
        if nargs == OPTIONAL:
            return '[%s]' % metavar
        if nargs == ZERO_OR_MORE:
            return '[%s ...]' % metavar
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % (metavar, metavar)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % metavar
        if nargs == 0:
            return ''
        return ' '.join([metavar] * nargs)

    def _usage_parts(self):
        optionals = []
        positionals = []
        for action in self._actions:
            if action.help == SUPPRESS:
                continue
            if action.option_strings:
                text = action.option_strings[0]
                if action.nargs != 0:
                    text += ' ' + self._args_text(action)
                optionals.append(text if action.required else '[%s]' % text)
            else:
                positionals.append(self._args_text(action))
        return optionals, positionals

    def format_usage(self):
        return self._format_usage() + '\n'

    def _format_usage(self):
        formatter = self.formatter_class(self.prog)
        prefix = 'usage: '
        if self.usage is not None:
            return prefix + self.usage.replace('%(prog)s', self.prog)
        optionals, positionals = self._usage_parts()
        text = ' '.join([self.prog] + optionals + positionals)
        text_width = formatter._width
        if len(prefix) + len(text) <= text_width:
            return prefix + text
        indent = ' ' * (len(prefix) + len(self.prog) + 1)

        def lines_of(parts, indent, with_prefix):
            lines = []
            line = []
            line_len = len(prefix) - 1 if with_prefix else len(indent) - 1
            for part in parts:
                if line_len + 1 + len(part) > text_width and line:
                    lines.append(indent + ' '.join(line))
                    line = []
                    line_len = len(indent) - 1
                line.append(part)
                line_len += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if with_prefix:
                lines[0] = lines[0][len(indent):]
            return lines
        optionals = _usage_words(' '.join(optionals))
        positionals = _usage_words(' '.join(positionals))
        if len(prefix) + len(self.prog) <= 0.75 * text_width:
            if optionals:
                lines = lines_of([self.prog] + optionals, indent, True)
                lines.extend(lines_of(positionals, indent, False))
            elif positionals:
                lines = lines_of([self.prog] + positionals, indent, True)
            else:
                lines = [self.prog]
        else:
            indent = ' ' * len(prefix)
            lines = [self.prog] + lines_of(optionals + positionals, indent, False)
        return prefix + '\n'.join(lines)

    def _invocation(self, action):
        if not action.option_strings:
            return self._metavar(action)
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._args_text(action)
        return ', '.join('%s %s' % (o, args) for o in action.option_strings)

    def format_help(self):
        import textwrap
        formatter = self.formatter_class(self.prog)
        width = formatter._width
        out = [self._format_usage(), '\n']
        if self.description:
            out.append('\n')
            out.append(textwrap.fill(' '.join(self.description.split()), width) + '\n')
        def entries(action):
            # An action and, for subparsers, its commands one level deeper.
            yield 2, action
            for sub in getattr(action, '_get_subactions', list)():
                yield 4, sub
        listed = [e for a in self._actions if a.help != SUPPRESS for e in entries(a)]
        longest = max([len(self._invocation(a)) + indent for indent, a in listed] or [0])
        help_position = min(longest + 2, formatter._max_help_position)
        for group in self._groups:
            actions = [a for a in group._group_actions if a.help != SUPPRESS]
            if not actions:
                continue
            out.append('\n%s:\n' % group.title)
            if group.description:
                out.append('  ' + group.description + '\n\n')
            for indent, action in [e for a in actions for e in entries(a)]:
                header = self._invocation(action)
                action_width = help_position - indent - 2
                help_text = action.help
                if help_text:
                    help_text = help_text.replace('%(default)s', str(action.default)) \
                        .replace('%(prog)s', self.prog)
                if not help_text:
                    out.append(' ' * indent + '%s\n' % header)
                    continue
                help_lines = textwrap.wrap(' '.join(help_text.split()),
                                           max(width - help_position, 11))
                if len(header) <= action_width:
                    out.append(' ' * indent + '%-*s  %s\n' % (action_width, header,
                                                              help_lines[0]))
                else:
                    out.append(' ' * indent + '%s\n' % header)
                    out.append(' ' * help_position + help_lines[0] + '\n')
                for line in help_lines[1:]:
                    out.append(' ' * help_position + line + '\n')
        if self.epilog:
            out.append('\n' + textwrap.fill(' '.join(self.epilog.split()), width) + '\n')
        return ''.join(out)

    def _print_message(self, message, file=None):
        if message:
            (file or _sys.stderr).write(message)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file or _sys.stdout)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file or _sys.stdout)

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))
