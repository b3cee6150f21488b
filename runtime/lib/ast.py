"""Abstract syntax trees: parse source into node objects, inspect, change and
print them, and hand them back to compile().

The node classes come from the built-in `_ast` module, generated from moult's
grammar/Python.asdl; this module adds the helpers of CPython 3.11's `ast`.
"""

from _ast import *
from _ast import AST, PyCF_ONLY_AST, PyCF_TYPE_COMMENTS, PyCF_ALLOW_TOP_LEVEL_AWAIT


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """Parse `source` into a tree (an `ast.Module` for mode 'exec')."""
    # Type comments and older grammar versions are not supported: the flags
    # are accepted and the tree is the same.
    flags = PyCF_ONLY_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    return compile(source, filename, mode, flags)


def _malformed(node):
    text = 'malformed node or string'
    line = getattr(node, 'lineno', None)
    if line:
        text += f' on line {line}'
    raise ValueError(text + f': {node!r}')


def literal_eval(node_or_string):
    """Evaluate a tree or a string holding only a Python literal display:
    strings, bytes, numbers, tuples, lists, dicts, sets, booleans, None and
    `set()`, with + and - only between numbers (as in complex literals)."""
    node = node_or_string
    if isinstance(node, str):
        node = parse(node.lstrip(" \t"), mode='eval')
    if isinstance(node, Expression):
        node = node.body

    def number(n):
        if isinstance(n, Constant) and type(n.value) in (int, float, complex):
            return n.value
        _malformed(n)

    def signed(n):
        if isinstance(n, UnaryOp) and isinstance(n.op, (UAdd, USub)):
            value = number(n.operand)
            return +value if isinstance(n.op, UAdd) else -value
        return number(n)

    def value(n):
        if isinstance(n, Constant):
            return n.value
        if isinstance(n, Tuple):
            return tuple([value(e) for e in n.elts])
        if isinstance(n, List):
            return [value(e) for e in n.elts]
        if isinstance(n, Set):
            return {value(e) for e in n.elts}
        if (isinstance(n, Call) and isinstance(n.func, Name) and n.func.id == 'set'
                and n.args == n.keywords == []):
            return set()
        if isinstance(n, Dict):
            if len(n.keys) != len(n.values):
                _malformed(n)
            return dict(zip(map(value, n.keys), map(value, n.values)))
        if isinstance(n, BinOp) and isinstance(n.op, (Add, Sub)):
            left = signed(n.left)
            right = number(n.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(n.op, Add) else left - right
        return signed(n)

    return value(node)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """The tree as text, like its constructor calls. Fields left at their
    defaults are omitted; `indent` (a number or a string) prints one item a
    line, nested by that much."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def text(n, depth):
        # Returns (text, simple): a simple value has no nested nodes with
        # arguments, so a node of at most three simple values fits a line.
        if indent is None:
            first, between = '', ', '
        else:
            depth += 1
            first = '\n' + indent * depth
            between = ',\n' + indent * depth
        if isinstance(n, AST):
            cls = type(n)
            parts = []
            simple = True
            named = annotate_fields
            for name in n._fields:
                v = getattr(n, name, _UNSET)
                if v is _UNSET:
                    named = True
                    continue
                if v is None and getattr(cls, name, ...) is None:
                    named = True
                    continue
                s, ok = text(v, depth)
                simple = simple and ok
                parts.append(f'{name}={s}' if named else s)
            if include_attributes:
                for name in n._attributes:
                    v = getattr(n, name, _UNSET)
                    if v is _UNSET:
                        continue
                    if v is None and getattr(cls, name, ...) is None:
                        continue
                    s, ok = text(v, depth)
                    simple = simple and ok
                    parts.append(f'{name}={s}')
            head = cls.__name__
            if simple and len(parts) <= 3:
                return f"{head}({', '.join(parts)})", not parts
            return f'{head}({first}{between.join(parts)})', False
        if isinstance(n, list):
            if not n:
                return '[]', True
            return '[' + first + between.join([text(x, depth)[0] for x in n]) + ']', False
        return repr(n), True

    return text(node, 0)[0]


_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def copy_location(new_node, old_node):
    """Give `new_node` the source position of `old_node`; returns `new_node`."""
    for name in _POSITIONS:
        if name not in old_node._attributes or name not in new_node._attributes:
            continue
        v = getattr(old_node, name, None)
        # End positions may be None and are copied even then.
        if v is not None or (name.startswith('end_') and hasattr(old_node, name)):
            setattr(new_node, name, v)
    return new_node


def fix_missing_locations(node):
    """Give every node under `node` that lacks a position its parent's
    (1, 0 at the root), so compile() accepts the tree; returns `node`."""
    def fix(n, line, col, end_line, end_col):
        attrs = n._attributes
        if 'lineno' in attrs:
            if hasattr(n, 'lineno'):
                line = n.lineno
            else:
                n.lineno = line
        if 'end_lineno' in attrs:
            if getattr(n, 'end_lineno', None) is None:
                n.end_lineno = end_line
            else:
                end_line = n.end_lineno
        if 'col_offset' in attrs:
            if hasattr(n, 'col_offset'):
                col = n.col_offset
            else:
                n.col_offset = col
        if 'end_col_offset' in attrs:
            if getattr(n, 'end_col_offset', None) is None:
                n.end_col_offset = end_col
            else:
                end_col = n.end_col_offset
        for child in iter_child_nodes(n):
            fix(child, line, col, end_line, end_col)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Move every node under `node` (and it) down `n` lines; returns `node`."""
    for child in walk(node):
        # A TypeIgnore's lineno is a field, not a position attribute.
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes:
            end = getattr(child, 'end_lineno', 0)
            if end is not None:
                child.end_lineno = end + n
    return node


_UNSET = object()


def iter_fields(node):
    """Yield (name, value) for each field of `node` that is set."""
    for name in node._fields:
        v = getattr(node, name, _UNSET)
        if v is not _UNSET:
            yield name, v


def iter_child_nodes(node):
    """Yield the direct children of `node`: node fields and the nodes in list fields."""
    for _, v in iter_fields(node):
        if isinstance(v, AST):
            yield v
        elif isinstance(v, list):
            for item in v:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None; `clean`
    removes the indentation as inspect.cleandoc does."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    first = node.body[0].value
    if not (isinstance(first, Constant) and isinstance(first.value, str)):
        return None
    text = first.value
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _line_starts(source):
    # Offsets of each line's start, splitting only where Python's tokenizer
    # ends lines (\r\n, \r, \n) and not at other line separators.
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\r' or c == '\n':
            end = i + 1
            if c == '\r' and end < n and source[end] == '\n':
                end += 1
            lines.append(source[start:end])
            start = i = end
            continue
        i += 1
    if start < n:
        lines.append(source[start:])
    return lines


def get_source_segment(source, node, *, padded=False):
    """The text of `source` that `node` was parsed from, or None when the
    node lacks positions. Columns are UTF-8 byte offsets, as in the tree."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first = node.lineno - 1
        last = node.end_lineno - 1
        col = node.col_offset
        end_col = node.end_col_offset
    except AttributeError:
        return None
    lines = _line_starts(source)
    if first == last:
        return lines[first].encode()[col:end_col].decode()
    if padded:
        pad = ''.join(' ' if c != '\t' else '\t' for c in lines[first].encode()[:col].decode())
    else:
        pad = ''
    head = pad + lines[first].encode()[col:].decode()
    tail = lines[last].encode()[:end_col].decode()
    return ''.join([head] + lines[first + 1:last] + [tail])


def walk(node):
    """Yield `node` and every node under it, breadth first."""
    from collections import deque
    todo = deque([node])
    while todo:
        n = todo.popleft()
        todo.extend(iter_child_nodes(n))
        yield n


class NodeVisitor(object):
    """Walks a tree calling `visit_<ClassName>` for each node that has one,
    else `generic_visit`, which visits the node's children."""

    def visit(self, node):
        method = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        for _, v in iter_fields(node):
            if isinstance(v, list):
                for item in v:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(v, AST):
                self.visit(v)

    def visit_Constant(self, node):
        # Visitors written before 3.8 define visit_Num, visit_Str, ...: they
        # still get the constants of their kind, with a warning.
        kind = _OLD_CONSTANT_NAMES.get(type(node.value))
        if kind is None:
            for cls, name in _OLD_CONSTANT_NAMES.items():
                if isinstance(node.value, cls):
                    kind = name
                    break
        if kind is not None:
            method = getattr(self, 'visit_' + kind, None)
            if method is not None:
                import warnings
                warnings.warn(f'visit_{kind} is deprecated; add visit_Constant',
                              DeprecationWarning, 2)
                return method(node)
        return self.generic_visit(node)


_OLD_CONSTANT_NAMES = {
    bool: 'NameConstant',
    type(None): 'NameConstant',
    int: 'Num',
    float: 'Num',
    complex: 'Num',
    str: 'Str',
    bytes: 'Bytes',
    type(...): 'Ellipsis',
}


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement of the node:
    None removes it, a list (in a list field) replaces it by several."""

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                kept = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            kept.extend(item)
                            continue
                    kept.append(item)
                old[:] = kept
            elif isinstance(old, AST):
                new = self.visit(old)
                if new is None:
                    delattr(node, name)
                else:
                    setattr(node, name, new)
        return node



# The literal classes of Python before 3.8, kept by 3.11 as views of Constant:
# isinstance(node, Num) asks whether a Constant holds a number, and Num(1)
# makes Constant(1).
class _DeprecatedConstant(type):
    def __init__(cls, *args):
        cls.__doc__ = "Deprecated AST node class. Use ast.Constant instead"

    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        kinds = _CONSTANT_KINDS.get(cls)
        if kinds is None:
            return type.__instancecheck__(cls, inst)
        if not hasattr(inst, 'value'):
            return False
        value = inst.value
        return isinstance(value, kinds) and not isinstance(value, _CONSTANT_NOT.get(cls, ()))


def _deprecated_new(cls, *args, **kwargs):
    for key in kwargs:
        if key in cls._fields and cls._fields.index(key) < len(args):
            raise TypeError(f"{cls.__name__} got multiple values for argument {key!r}")
    if cls in _CONSTANT_KINDS:
        return Constant(*args, **kwargs)
    return Constant.__new__(cls, *args, **kwargs)


class Num(Constant, metaclass=_DeprecatedConstant):
    _fields = ('n',)
    __new__ = _deprecated_new


class Str(Constant, metaclass=_DeprecatedConstant):
    _fields = ('s',)
    __new__ = _deprecated_new


class Bytes(Constant, metaclass=_DeprecatedConstant):
    _fields = ('s',)
    __new__ = _deprecated_new


class NameConstant(Constant, metaclass=_DeprecatedConstant):
    __new__ = _deprecated_new


class Ellipsis(Constant, metaclass=_DeprecatedConstant):
    _fields = ()

    def __new__(cls, *args, **kwargs):
        if cls is Ellipsis:
            return Constant(..., *args, **kwargs)
        return Constant.__new__(cls, *args, **kwargs)


_CONSTANT_KINDS = {
    Num: (int, float, complex),
    Str: (str,),
    Bytes: (bytes,),
    NameConstant: (type(None), bool),
    Ellipsis: (type(...),),
}
_CONSTANT_NOT = {Num: (bool,)}


def _value_alias(self):
    return self.value


def _set_value_alias(self, value):
    self.value = value


# Constant.n and Constant.s: the old names of its value.
Constant.n = property(_value_alias, _set_value_alias)
Constant.s = property(_value_alias, _set_value_alias)


# Aliases kept by CPython 3.11 for code older than 3.9.
class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Use the index value directly instead."""
    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Use ast.Tuple instead."""
    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


# --- unparse ---------------------------------------------------------------

# Binding strengths, weakest first: a child printed where a stronger one is
# required gets parentheses.
_NAMED_EXPR, _TUPLE, _YIELD, _TEST, _OR, _AND, _NOT, _CMP = 1, 2, 3, 4, 5, 6, 7, 8
_EXPR = _BOR = 9
_BXOR, _BAND, _SHIFT, _ARITH, _TERM, _FACTOR, _POWER, _AWAIT, _ATOM = range(10, 19)

_SINGLE_QUOTES = ("'", '"')
_MULTI_QUOTES = ('"' * 3, "'" * 3)
_ALL_QUOTES = (*_SINGLE_QUOTES, *_MULTI_QUOTES)
# A float literal too large for a float: what infinities print as.
_INFSTR = '1e309'

_BINOPS = {
    'Add': ('+', _ARITH), 'Sub': ('-', _ARITH), 'Mult': ('*', _TERM),
    'MatMult': ('@', _TERM), 'Div': ('/', _TERM), 'Mod': ('%', _TERM),
    'LShift': ('<<', _SHIFT), 'RShift': ('>>', _SHIFT), 'BitOr': ('|', _BOR),
    'BitXor': ('^', _BXOR), 'BitAnd': ('&', _BAND), 'FloorDiv': ('//', _TERM),
    'Pow': ('**', _POWER),
}
_UNARYOPS = {'Invert': ('~', _FACTOR), 'Not': ('not', _NOT),
             'UAdd': ('+', _FACTOR), 'USub': ('-', _FACTOR)}
_CMPOPS = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=',
           'Is': 'is', 'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}
_BOOLOPS = {'And': ('and', _AND), 'Or': ('or', _OR)}
try:
    # moult's _ast spells its comparisons from grammar/operators (a fork may add some).
    from _ast import _cmpop_spellings
    _CMPOPS.update(_cmpop_spellings)
except ImportError:
    pass


def _above(level):
    return min(level + 1, _ATOM)


class _Delim:
    def __init__(self, out, start, end, on=True):
        self.out, self.start, self.end, self.on = out, start, end, on

    def __enter__(self):
        if self.on:
            self.out.write(self.start)

    def __exit__(self, *exc):
        if self.on:
            self.out.write(self.end)
        return False


class _Unparser(NodeVisitor):
    """Writes a tree back as source text, with only the parentheses the
    precedence of the operators needs."""

    def __init__(self, *, _avoid_backslashes=False):
        self._source = []
        self._precedences = {}
        self._indent = 0
        self._avoid_backslashes = _avoid_backslashes
        self._in_try_star = False

    # -- output helpers
    def write(self, *parts):
        self._source.extend(parts)

    def maybe_newline(self):
        if self._source:
            self.write('\n')

    def fill(self, text=''):
        self.maybe_newline()
        self.write('    ' * self._indent + text)

    def interleave(self, between, each, items):
        first = True
        for x in items:
            if first:
                first = False
            else:
                between()
            each(x)

    def items_view(self, each, items):
        if len(items) == 1:
            each(items[0])
            self.write(',')
        else:
            self.interleave(lambda: self.write(', '), each, items)

    def delimit(self, start, end):
        return _Delim(self, start, end)

    def delimit_if(self, start, end, condition):
        return _Delim(self, start, end, bool(condition))

    def require_parens(self, level, node):
        return self.delimit_if('(', ')', self.get_precedence(node) > level)

    def get_precedence(self, node):
        return self._precedences.get(id(node), (None, _TEST))[1]

    def set_precedence(self, level, *nodes):
        for n in nodes:
            # The entry keeps the node alive, so its id stays its own.
            self._precedences[id(n)] = (n, level)

    def block(self, body, extra=None):
        self.write(':')
        if extra:
            self.write(extra)
        self._indent += 1
        self.traverse(body)
        self._indent -= 1

    def buffered(self, writer):
        saved = self._source
        self._source = []
        writer()
        out = self._source
        self._source = saved
        return out

    def traverse(self, node):
        if isinstance(node, list):
            for item in node:
                self.traverse(item)
        else:
            super().visit(node)

    def visit(self, node):
        self._source = []
        self.traverse(node)
        return ''.join(self._source)

    def get_type_comment(self, node):
        comment = getattr(node, 'type_comment', None)
        if comment is not None:
            return f' # type: {comment}'
        return None

    # -- docstrings and string literals
    def get_raw_docstring(self, node):
        if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)) or not node.body:
            return None
        first = node.body[0]
        if not isinstance(first, Expr):
            return None
        value = first.value
        if isinstance(value, Constant) and isinstance(value.value, str):
            return value
        return None

    def body_with_docstring(self, node):
        doc = self.get_raw_docstring(node)
        if doc:
            self.fill()
            if doc.kind == 'u':
                self.write('u')
            self.write_str_avoiding_backslashes(doc.value, quote_types=_MULTI_QUOTES)
            self.traverse(node.body[1:])
        else:
            self.traverse(node.body)

    def str_literal_helper(self, string, *, quote_types=_ALL_QUOTES,
                           escape_special_whitespace=False):
        """The body of a literal for `string` and the quotes that can hold it,
        best first."""
        def escape(c):
            if not escape_special_whitespace and c in '\n\t':
                return c
            if c == '\\' or not c.isprintable():
                return c.encode('unicode_escape').decode('ascii')
            return c
        body = ''.join([escape(c) for c in string])
        quotes = list(quote_types)
        if '\n' in body:
            quotes = [q for q in quotes if q in _MULTI_QUOTES]
        quotes = [q for q in quotes if q not in body]
        if not quotes:
            text = repr(string)
            quote = next((q for q in quote_types if text[0] in q), text[0])
            return text[1:-1], [quote]
        if body:
            # Prefer a quote unlike the last character.
            quotes.sort(key=lambda q: q[0] == body[-1])
            if quotes[0][0] == body[-1]:
                body = body[:-1] + '\\' + body[-1]
        return body, quotes

    def write_str_avoiding_backslashes(self, string, *, quote_types=_ALL_QUOTES):
        body, quotes = self.str_literal_helper(string, quote_types=quote_types)
        q = quotes[0]
        self.write(f'{q}{body}{q}')

    # -- statements
    def visit_Module(self, node):
        self.body_with_docstring(node)

    def visit_Interactive(self, node):
        self.traverse(node.body)

    def visit_Expression(self, node):
        self.traverse(node.body)

    def visit_FunctionType(self, node):
        with self.delimit('(', ')'):
            self.interleave(lambda: self.write(', '), self.traverse, node.argtypes)
        self.write(' -> ')
        self.traverse(node.returns)

    def visit_Expr(self, node):
        self.fill()
        self.set_precedence(_YIELD, node.value)
        self.traverse(node.value)

    def visit_NamedExpr(self, node):
        with self.require_parens(_NAMED_EXPR, node):
            self.set_precedence(_ATOM, node.target, node.value)
            self.traverse(node.target)
            self.write(' := ')
            self.traverse(node.value)

    def visit_Import(self, node):
        self.fill('import ')
        self.interleave(lambda: self.write(', '), self.traverse, node.names)

    def visit_ImportFrom(self, node):
        self.fill('from ')
        self.write('.' * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(' import ')
        self.interleave(lambda: self.write(', '), self.traverse, node.names)

    def visit_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.set_precedence(_TUPLE, target)
            self.traverse(target)
            self.write(' = ')
        self.traverse(node.value)
        comment = self.get_type_comment(node)
        if comment:
            self.write(comment)

    def visit_AugAssign(self, node):
        self.fill()
        self.traverse(node.target)
        self.write(' ' + _BINOPS[node.op.__class__.__name__][0] + '= ')
        self.traverse(node.value)

    def visit_AnnAssign(self, node):
        self.fill()
        with self.delimit_if('(', ')', not node.simple and isinstance(node.target, Name)):
            self.traverse(node.target)
        self.write(': ')
        self.traverse(node.annotation)
        if node.value:
            self.write(' = ')
            self.traverse(node.value)

    def visit_Return(self, node):
        self.fill('return')
        if node.value:
            self.write(' ')
            self.traverse(node.value)

    def visit_Pass(self, node):
        self.fill('pass')

    def visit_Break(self, node):
        self.fill('break')

    def visit_Continue(self, node):
        self.fill('continue')

    def visit_Delete(self, node):
        self.fill('del ')
        self.interleave(lambda: self.write(', '), self.traverse, node.targets)

    def visit_Assert(self, node):
        self.fill('assert ')
        self.traverse(node.test)
        if node.msg:
            self.write(', ')
            self.traverse(node.msg)

    def visit_Global(self, node):
        self.fill('global ')
        self.interleave(lambda: self.write(', '), self.write, node.names)

    def visit_Nonlocal(self, node):
        self.fill('nonlocal ')
        self.interleave(lambda: self.write(', '), self.write, node.names)

    def visit_Await(self, node):
        with self.require_parens(_AWAIT, node):
            self.write('await')
            if node.value:
                self.write(' ')
                self.set_precedence(_ATOM, node.value)
                self.traverse(node.value)

    def visit_Yield(self, node):
        with self.require_parens(_YIELD, node):
            self.write('yield')
            if node.value:
                self.write(' ')
                self.set_precedence(_ATOM, node.value)
                self.traverse(node.value)

    def visit_YieldFrom(self, node):
        with self.require_parens(_YIELD, node):
            self.write('yield from ')
            if not node.value:
                raise ValueError("Node can't be used without a value attribute.")
            self.set_precedence(_ATOM, node.value)
            self.traverse(node.value)

    def visit_Raise(self, node):
        self.fill('raise')
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(' ')
        self.traverse(node.exc)
        if node.cause:
            self.write(' from ')
            self.traverse(node.cause)

    def try_body(self, node):
        self.fill('try')
        self.block(node.body)
        for handler in node.handlers:
            self.traverse(handler)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)
        if node.finalbody:
            self.fill('finally')
            self.block(node.finalbody)

    def visit_Try(self, node):
        saved = self._in_try_star
        self._in_try_star = False
        try:
            self.try_body(node)
        finally:
            self._in_try_star = saved

    def visit_TryStar(self, node):
        saved = self._in_try_star
        self._in_try_star = True
        try:
            self.try_body(node)
        finally:
            self._in_try_star = saved

    def visit_ExceptHandler(self, node):
        self.fill('except*' if self._in_try_star else 'except')
        if node.type:
            self.write(' ')
            self.traverse(node.type)
        if node.name:
            self.write(' as ')
            self.write(node.name)
        self.block(node.body)

    def visit_ClassDef(self, node):
        self.maybe_newline()
        for deco in node.decorator_list:
            self.fill('@')
            self.traverse(deco)
        self.fill('class ' + node.name)
        with self.delimit_if('(', ')', node.bases or node.keywords):
            self.interleave(lambda: self.write(', '), self.traverse,
                            list(node.bases) + list(node.keywords))
        self.write(':')
        self._indent += 1
        self.body_with_docstring(node)
        self._indent -= 1

    def function(self, node, keyword):
        self.maybe_newline()
        for deco in node.decorator_list:
            self.fill('@')
            self.traverse(deco)
        self.fill(keyword + ' ' + node.name)
        with self.delimit('(', ')'):
            self.traverse(node.args)
        if node.returns:
            self.write(' -> ')
            self.traverse(node.returns)
        self.write(':')
        comment = self.get_type_comment(node)
        if comment:
            self.write(comment)
        self._indent += 1
        self.body_with_docstring(node)
        self._indent -= 1

    def visit_FunctionDef(self, node):
        self.function(node, 'def')

    def visit_AsyncFunctionDef(self, node):
        self.function(node, 'async def')

    def loop(self, keyword, node):
        self.fill(keyword)
        self.set_precedence(_TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.traverse(node.iter)
        self.block(node.body, self.get_type_comment(node))
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)

    def visit_For(self, node):
        self.loop('for ', node)

    def visit_AsyncFor(self, node):
        self.loop('async for ', node)

    def visit_If(self, node):
        self.fill('if ')
        self.traverse(node.test)
        self.block(node.body)
        # An else holding only an if is written as elif.
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.fill('elif ')
            self.traverse(node.test)
            self.block(node.body)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)

    def visit_While(self, node):
        self.fill('while ')
        self.traverse(node.test)
        self.block(node.body)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)

    def visit_With(self, node):
        self.fill('with ')
        self.interleave(lambda: self.write(', '), self.traverse, node.items)
        self.block(node.body, self.get_type_comment(node))

    def visit_AsyncWith(self, node):
        self.fill('async with ')
        self.interleave(lambda: self.write(', '), self.traverse, node.items)
        self.block(node.body, self.get_type_comment(node))

    def visit_withitem(self, node):
        self.traverse(node.context_expr)
        if node.optional_vars:
            self.write(' as ')
            self.traverse(node.optional_vars)

    def visit_Match(self, node):
        self.fill('match ')
        self.traverse(node.subject)
        self.block(node.cases)

    def visit_match_case(self, node):
        self.fill('case ')
        self.traverse(node.pattern)
        if node.guard:
            self.write(' if ')
            self.traverse(node.guard)
        self.block(node.body)

    # -- expressions
    def visit_JoinedStr(self, node):
        self.write('f')
        if self._avoid_backslashes:
            text = ''.join(self.buffered(lambda: self.fstring_inner(node)))
            self.write_str_avoiding_backslashes(text)
            return
        # Constant parts may use escapes (f"{x}\n"); the parts in braces may not.
        parts = []
        for value in node.values:
            text = ''.join(self.buffered(lambda: self.fstring_inner(value)))
            parts.append((text, isinstance(value, Constant)))
        quotes = list(_ALL_QUOTES)
        bodies = []
        for text, is_constant in parts:
            text, quotes = self.str_literal_helper(
                text, quote_types=quotes, escape_special_whitespace=is_constant)
            bodies.append(text)
        q = quotes[0]
        self.write(q + ''.join(bodies) + q)

    def fstring_inner(self, node):
        if isinstance(node, JoinedStr):
            for value in node.values:
                self.fstring_inner(value)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            self.write(node.value.replace('{', '{{').replace('}', '}}'))
        elif isinstance(node, FormattedValue):
            self.visit_FormattedValue(node)
        else:
            raise ValueError(f'Unexpected node inside JoinedStr, {node!r}')

    def visit_FormattedValue(self, node):
        inner = type(self)(_avoid_backslashes=True)
        inner.set_precedence(_above(_TEST), node.value)
        text = inner.visit(node.value)
        with self.delimit('{', '}'):
            if '\\' in text:
                raise ValueError('Unable to avoid backslash in f-string expression part')
            if text.startswith('{'):
                # "{ {" and not "{{", which would be a literal brace.
                self.write(' ')
            self.write(text)
            if node.conversion != -1:
                self.write('!' + chr(node.conversion))
            if node.format_spec:
                self.write(':')
                self.fstring_inner(node.format_spec)

    def visit_Name(self, node):
        self.write(node.id)

    def write_constant(self, value):
        if isinstance(value, (float, complex)):
            nan = '(' + _INFSTR + '-' + _INFSTR + ')'
            self.write(repr(value).replace('inf', _INFSTR).replace('nan', nan))
        elif self._avoid_backslashes and isinstance(value, str):
            self.write_str_avoiding_backslashes(value)
        else:
            self.write(repr(value))

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            with self.delimit('(', ')'):
                self.items_view(self.write_constant, value)
        elif value is ...:
            self.write('...')
        else:
            if node.kind == 'u':
                self.write('u')
            self.write_constant(value)

    def visit_List(self, node):
        with self.delimit('[', ']'):
            self.interleave(lambda: self.write(', '), self.traverse, node.elts)

    def comprehension_of(self, start, end, head, generators):
        with self.delimit(start, end):
            head()
            for gen in generators:
                self.traverse(gen)

    def visit_ListComp(self, node):
        self.comprehension_of('[', ']', lambda: self.traverse(node.elt), node.generators)

    def visit_GeneratorExp(self, node):
        self.comprehension_of('(', ')', lambda: self.traverse(node.elt), node.generators)

    def visit_SetComp(self, node):
        self.comprehension_of('{', '}', lambda: self.traverse(node.elt), node.generators)

    def visit_DictComp(self, node):
        def key_value():
            self.traverse(node.key)
            self.write(': ')
            self.traverse(node.value)
        self.comprehension_of('{', '}', key_value, node.generators)

    def visit_comprehension(self, node):
        self.write(' async for ' if node.is_async else ' for ')
        self.set_precedence(_TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.set_precedence(_above(_TEST), node.iter, *node.ifs)
        self.traverse(node.iter)
        for cond in node.ifs:
            self.write(' if ')
            self.traverse(cond)

    def visit_IfExp(self, node):
        with self.require_parens(_TEST, node):
            self.set_precedence(_above(_TEST), node.body, node.test)
            self.traverse(node.body)
            self.write(' if ')
            self.traverse(node.test)
            self.write(' else ')
            self.set_precedence(_TEST, node.orelse)
            self.traverse(node.orelse)

    def visit_Set(self, node):
        if node.elts:
            with self.delimit('{', '}'):
                self.interleave(lambda: self.write(', '), self.traverse, node.elts)
        else:
            # `{}` is a dict: an empty set display needs a starred empty tuple.
            self.write('{*()}')

    def visit_Dict(self, node):
        def item(pair):
            k, v = pair
            if k is None:
                self.write('**')
                self.set_precedence(_EXPR, v)
                self.traverse(v)
            else:
                self.traverse(k)
                self.write(': ')
                self.traverse(v)
        with self.delimit('{', '}'):
            self.interleave(lambda: self.write(', '), item, zip(node.keys, node.values))

    def visit_Tuple(self, node):
        with self.delimit_if('(', ')', len(node.elts) == 0 or self.get_precedence(node) > _TUPLE):
            self.items_view(self.traverse, node.elts)

    def visit_UnaryOp(self, node):
        op, level = _UNARYOPS[node.op.__class__.__name__]
        with self.require_parens(level, node):
            self.write(op)
            # -x and ~x stay together; not takes a space.
            if level != _FACTOR:
                self.write(' ')
            self.set_precedence(level, node.operand)
            self.traverse(node.operand)

    def visit_BinOp(self, node):
        op, level = _BINOPS[node.op.__class__.__name__]
        with self.require_parens(level, node):
            # ** groups to the right, the others to the left.
            if op == '**':
                left, right = _above(level), level
            else:
                left, right = level, _above(level)
            self.set_precedence(left, node.left)
            self.traverse(node.left)
            self.write(' ' + op + ' ')
            self.set_precedence(right, node.right)
            self.traverse(node.right)

    def visit_Compare(self, node):
        with self.require_parens(_CMP, node):
            self.set_precedence(_above(_CMP), node.left, *node.comparators)
            self.traverse(node.left)
            for op, right in zip(node.ops, node.comparators):
                self.write(' ' + _CMPOPS[op.__class__.__name__] + ' ')
                self.traverse(right)

    def visit_BoolOp(self, node):
        op, level = _BOOLOPS[node.op.__class__.__name__]
        # Each operand binds one step tighter than the one before it.
        current = [level]

        def operand(n):
            current[0] = _above(current[0])
            self.set_precedence(current[0], n)
            self.traverse(n)
        with self.require_parens(level, node):
            self.interleave(lambda: self.write(' ' + op + ' '), operand, node.values)

    def visit_Attribute(self, node):
        self.set_precedence(_ATOM, node.value)
        self.traverse(node.value)
        # `1.real` would read as a float: `1 .real`.
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(' ')
        self.write('.')
        self.write(node.attr)

    def visit_Call(self, node):
        self.set_precedence(_ATOM, node.func)
        self.traverse(node.func)
        with self.delimit('(', ')'):
            self.interleave(lambda: self.write(', '), self.traverse,
                            list(node.args) + list(node.keywords))

    def visit_Subscript(self, node):
        self.set_precedence(_ATOM, node.value)
        self.traverse(node.value)
        with self.delimit('[', ']'):
            if isinstance(node.slice, Tuple) and node.slice.elts:
                self.items_view(self.traverse, node.slice.elts)
            else:
                self.traverse(node.slice)

    def visit_Starred(self, node):
        self.write('*')
        self.set_precedence(_EXPR, node.value)
        self.traverse(node.value)

    def visit_Slice(self, node):
        if node.lower:
            self.traverse(node.lower)
        self.write(':')
        if node.upper:
            self.traverse(node.upper)
        if node.step:
            self.write(':')
            self.traverse(node.step)

    def visit_MatchValue(self, node):
        self.traverse(node.value)

    def visit_MatchSingleton(self, node):
        self.write_constant(node.value)

    def visit_MatchSequence(self, node):
        with self.delimit('[', ']'):
            self.interleave(lambda: self.write(', '), self.traverse, node.patterns)

    def visit_MatchStar(self, node):
        self.write('*' + ('_' if node.name is None else node.name))

    def visit_MatchMapping(self, node):
        def pair(p):
            k, pat = p
            self.traverse(k)
            self.write(': ')
            self.traverse(pat)
        with self.delimit('{', '}'):
            self.interleave(lambda: self.write(', '), pair, zip(node.keys, node.patterns))
            if node.rest is not None:
                if node.keys:
                    self.write(', ')
                self.write('**' + node.rest)

    def visit_MatchClass(self, node):
        self.set_precedence(_ATOM, node.cls)
        self.traverse(node.cls)
        with self.delimit('(', ')'):
            self.interleave(lambda: self.write(', '), self.traverse, node.patterns)
            if node.kwd_attrs:
                def keyword(p):
                    attr, pat = p
                    self.write(attr + '=')
                    self.traverse(pat)
                if node.patterns:
                    self.write(', ')
                self.interleave(lambda: self.write(', '), keyword,
                                zip(node.kwd_attrs, node.kwd_patterns))

    def visit_MatchAs(self, node):
        if node.name is None:
            self.write('_')
        elif node.pattern is None:
            self.write(node.name)
        else:
            with self.require_parens(_TEST, node):
                self.set_precedence(_BOR, node.pattern)
                self.traverse(node.pattern)
                self.write(' as ' + node.name)

    def visit_MatchOr(self, node):
        with self.require_parens(_BOR, node):
            self.set_precedence(_above(_BOR), *node.patterns)
            self.interleave(lambda: self.write(' | '), self.traverse, node.patterns)

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(': ')
            self.traverse(node.annotation)

    def visit_arguments(self, node):
        first = [True]

        def sep():
            if first[0]:
                first[0] = False
            else:
                self.write(', ')
        positional = list(node.posonlyargs) + list(node.args)
        defaults = [None] * (len(positional) - len(node.defaults)) + list(node.defaults)
        for i, (a, d) in enumerate(zip(positional, defaults), 1):
            sep()
            self.traverse(a)
            if d:
                self.write('=')
                self.traverse(d)
            if i == len(node.posonlyargs):
                self.write(', /')
        if node.vararg or node.kwonlyargs:
            sep()
            self.write('*')
            if node.vararg:
                self.write(node.vararg.arg)
                if node.vararg.annotation:
                    self.write(': ')
                    self.traverse(node.vararg.annotation)
        for a, d in zip(node.kwonlyargs, node.kw_defaults):
            self.write(', ')
            self.traverse(a)
            if d:
                self.write('=')
                self.traverse(d)
        if node.kwarg:
            sep()
            self.write('**' + node.kwarg.arg)
            if node.kwarg.annotation:
                self.write(': ')
                self.traverse(node.kwarg.annotation)

    def visit_keyword(self, node):
        if node.arg is None:
            self.write('**')
        else:
            self.write(node.arg)
            self.write('=')
        self.traverse(node.value)

    def visit_Lambda(self, node):
        with self.require_parens(_TEST, node):
            self.write('lambda')
            params = self.buffered(lambda: self.traverse(node.args))
            if params:
                self.write(' ', *params)
            self.write(': ')
            self.set_precedence(_TEST, node.body)
            self.traverse(node.body)

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(' as ' + node.asname)


def unparse(ast_obj):
    """Source text that parses to a tree equal to `ast_obj`."""
    return _Unparser().visit(ast_obj)


def main():
    import argparse
    parser = argparse.ArgumentParser(prog='python -m ast')
    parser.add_argument('infile', nargs='?', default='-',
                        help='the file to parse; defaults to stdin')
    parser.add_argument('-m', '--mode', default='exec',
                        choices=('exec', 'single', 'eval', 'func_type'),
                        help='specify what kind of code must be parsed')
    parser.add_argument('--no-type-comments', default=True, action='store_false',
                        help="don't add information about type comments")
    parser.add_argument('-a', '--include-attributes', action='store_true',
                        help='include attributes such as line numbers and '
                             'column offsets')
    parser.add_argument('-i', '--indent', type=int, default=3,
                        help='indentation of nodes (number of spaces)')
    args = parser.parse_args()
    import sys
    if args.infile == '-':
        source = sys.stdin.read()
        name = '<stdin>'
    else:
        with open(args.infile) as f:
            source = f.read()
        name = args.infile
    tree = parse(source, name, args.mode, type_comments=args.no_type_comments)
    print(dump(tree, include_attributes=args.include_attributes, indent=args.indent))


if __name__ == '__main__':
    main()
