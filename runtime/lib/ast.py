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
                if not hasattr(n, name):
                    named = True
                    continue
                v = getattr(n, name)
                if v is None and getattr(cls, name, ...) is None:
                    named = True
                    continue
                s, ok = text(v, depth)
                simple = simple and ok
                parts.append(f'{name}={s}' if named else s)
            if include_attributes:
                for name in n._attributes:
                    if not hasattr(n, name):
                        continue
                    v = getattr(n, name)
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


def iter_fields(node):
    """Yield (name, value) for each field of `node` that is set."""
    for name in node._fields:
        if hasattr(node, name):
            yield name, getattr(node, name)


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
