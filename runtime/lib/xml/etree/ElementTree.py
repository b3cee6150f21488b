"""xml.etree.ElementTree: an XML element tree, a parser building it and a
serializer writing it, as CPython's pure-Python implementation behaves
(the parser is moult's own; its error messages follow expat's)."""

import io
import re

__all__ = ['Comment', 'dump', 'Element', 'ElementTree', 'fromstring', 'fromstringlist',
           'indent', 'iselement', 'iterparse', 'parse', 'ParseError', 'PI',
           'ProcessingInstruction', 'QName', 'SubElement', 'tostring', 'tostringlist',
           'TreeBuilder', 'VERSION', 'XML', 'XMLID', 'XMLParser', 'XMLPullParser',
           'register_namespace', 'canonicalize', 'C14NWriterTarget']

VERSION = '1.3.0'


class ParseError(SyntaxError):
    pass


def iselement(element):
    return hasattr(element, 'tag')


class Element:
    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError('attrib must be dict, not %s' % (attrib.__class__.__name__,))
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self._children = []

    def __repr__(self):
        return '<%s %r at %#x>' % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def copy(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    def __copy__(self):
        return self.copy()

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        import warnings
        warnings.warn("The behavior of this method will change in future versions.  "
                      "Use specific 'len(elem)' or 'elem is not None' test instead.",
                      FutureWarning, stacklevel=2)
        return len(self._children) != 0

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            for elt in element:
                self._assert_is_element(elt)
        else:
            self._assert_is_element(element)
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def __iter__(self):
        return iter(self._children)

    def append(self, subelement):
        self._assert_is_element(subelement)
        self._children.append(subelement)

    def extend(self, elements):
        for element in elements:
            self._assert_is_element(element)
            self._children.append(element)

    def insert(self, index, subelement):
        self._assert_is_element(subelement)
        self._children.insert(index, subelement)

    def _assert_is_element(self, e):
        if not isinstance(e, Element):
            raise TypeError('expected an Element, not %s' % type(e).__name__)

    def remove(self, subelement):
        for i, child in enumerate(self._children):
            if child is subelement:
                del self._children[i]
                return
        for i, child in enumerate(self._children):
            if child == subelement:
                del self._children[i]
                return
        raise ValueError('list.remove(x): x not in list')

    def find(self, path, namespaces=None):
        for e in _select(self, path, namespaces):
            return e
        return None

    def findtext(self, path, default=None, namespaces=None):
        elem = self.find(path, namespaces)
        if elem is None:
            return default
        return elem.text or ''

    def findall(self, path, namespaces=None):
        return list(_select(self, path, namespaces))

    def iterfind(self, path, namespaces=None):
        return iter(_select(self, path, namespaces))

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return list(self.attrib.keys())

    def items(self):
        return list(self.attrib.items())

    def iter(self, tag=None):
        if tag == '*':
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for e in self._children:
            yield from e.iter(tag)

    def itertext(self):
        tag = self.tag
        if not isinstance(tag, str) and tag is not None:
            return
        t = self.text
        if t:
            yield t
        for e in self:
            yield from e.itertext()
            t = e.tail
            if t:
                yield t


def SubElement(parent, tag, attrib={}, **extra):
    attrib = {**attrib, **extra}
    element = parent.makeelement(tag, attrib)
    parent.append(element)
    return element


def Comment(text=None):
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + ' ' + text
    return element


PI = ProcessingInstruction


class QName:
    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = '{%s}%s' % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        if isinstance(other, QName):
            return self.text == other.text
        return self.text == other


# --- paths (a subset of ElementPath: steps, '*', '.', '..', '//', predicates)

_PATH_TOKEN = re.compile(
    r"('[^']*'|\"[^\"]*\"|::|//?|\.\.|\(\)|!=|[/.*:\[\]\(\)@=])|"
    r"((?:\{[^}]+\})?[^/\[\]\(\)@!=\s]+)|\s+")


def _qualify(tag, namespaces):
    if tag and ':' in tag and not tag.startswith('{') and namespaces:
        prefix, local = tag.split(':', 1)
        if prefix in namespaces:
            return '{%s}%s' % (namespaces[prefix], local)
        raise SyntaxError('prefix %r not found in prefix map' % prefix)
    if tag and not tag.startswith('{') and namespaces and '' in namespaces and tag != '*':
        return '{%s}%s' % (namespaces[''], tag)
    return tag


def _split_steps(path):
    """The steps of path: (axis, tag, predicates) with axis 'child' or
    'descendant'."""
    if path.startswith('/'):
        raise SyntaxError('cannot use absolute path on element')
    steps = []
    i = 0
    n = len(path)
    axis = 'child'
    while i < n:
        if path.startswith('//', i):
            axis = 'descendant'
            i += 2
            continue
        if path[i] == '/':
            i += 1
            continue
        j = i
        depth = 0
        while j < n and (depth or path[j] != '/'):
            if path[j] == '{':
                close = path.find('}', j)
                j = n - 1 if close < 0 else close
            elif path[j] == '[':
                depth += 1
            elif path[j] == ']':
                depth -= 1
            j += 1
        step = path[i:j]
        k = step.find('[')
        tag, preds = (step, '') if k < 0 else (step[:k], step[k:])
        predicates = []
        while preds:
            end = preds.find(']')
            if not preds.startswith('[') or end < 0:
                raise SyntaxError('invalid path')
            predicates.append(preds[1:end])
            preds = preds[end + 1:]
        steps.append((axis, tag, predicates))
        axis = 'child'
        i = j
    if axis == 'descendant':
        raise SyntaxError('invalid descendant')
    return steps


def _unquote(s):
    s = s.strip()
    if len(s) >= 2 and s[0] == s[-1] and s[0] in '"\'':
        return s[1:-1]
    return None


def _matches(elem, tag):
    return tag == '*' and isinstance(elem.tag, str) or elem.tag == tag or (
        tag == '{*}*' and isinstance(elem.tag, str)) or (
        tag.startswith('{*}') and isinstance(elem.tag, str)
        and elem.tag.rpartition('}')[2] == tag[3:])


def _filter(elems, pred, namespaces):
    pred = pred.strip()
    if pred.isdigit() or pred.startswith('last()'):
        out = []
        groups = {}
        for e, parent in elems:
            groups.setdefault(id(parent), []).append((e, parent))
        for group in groups.values():
            if pred.isdigit():
                k = int(pred) - 1
                if k < 0:
                    raise SyntaxError('XPath position >= 1 expected')
            else:
                rest = pred[6:].strip()
                k = len(group) - 1 - (int(rest[1:]) if rest.startswith('-') else 0)
            if 0 <= k < len(group):
                out.append(group[k])
        return out
    if pred.startswith('@'):
        name, eq, value = pred[1:].partition('=')
        neg = name.endswith('!')
        name = name.rstrip('!').strip()
        if not eq:
            return [(e, p) for e, p in elems if e.get(name) is not None]
        value = _unquote(value)
        if neg:
            return [(e, p) for e, p in elems if e.get(name) != value]
        return [(e, p) for e, p in elems if e.get(name) == value]
    if pred.startswith(('.', 'text()')) or '=' in pred:
        name, eq, value = pred.partition('=')
        neg = name.endswith('!')
        name = name.rstrip('!').strip()
        value = _unquote(value) if eq else None
        out = []
        for e, p in elems:
            if name in ('.', 'text()'):
                texts = [''.join(e.itertext())] if name == '.' else [e.text or '']
            else:
                tag = _qualify(name, namespaces)
                texts = [''.join(c.itertext()) for c in e if _matches(c, tag)]
            if not eq:
                ok = bool(texts)
            else:
                ok = any(t == value for t in texts) != neg if not neg else all(
                    t != value for t in texts)
            if ok:
                out.append((e, p))
        return out
    tag = _qualify(pred, namespaces)
    return [(e, p) for e, p in elems if any(_matches(c, tag) for c in e)]


def _select(elem, path, namespaces):
    current = [(elem, None)]
    parents = {}
    for axis, tag, predicates in _split_steps(path):
        tag = _qualify(tag, namespaces)
        found = []
        seen = set()
        for e, _p in current:
            if tag == '.' and axis == 'child':
                found.append((e, _p))
                continue
            if tag == '..':
                if not parents:
                    for parent in elem.iter():
                        for child in parent:
                            parents[id(child)] = parent
                parent = parents.get(id(e))
                if parent is not None and id(parent) not in seen:
                    seen.add(id(parent))
                    found.append((parent, None))
                continue
            if axis == 'descendant':
                for parent in e.iter():
                    for child in parent:
                        if (tag == '.' or _matches(child, tag)) and id(child) not in seen:
                            seen.add(id(child))
                            found.append((child, parent))
                if tag == '.':
                    found.insert(0, (e, _p))
            else:
                for child in e:
                    if _matches(child, tag):
                        found.append((child, e))
        for pred in predicates:
            found = _filter(found, pred, namespaces)
        current = found
    return [e for e, _p in current]


# --- the tree and serialization

class ElementTree:
    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        close_source = False
        if not hasattr(source, 'read'):
            source = open(source, 'rb')
            close_source = True
        try:
            data = source.read()
        finally:
            if close_source:
                source.close()
        if parser is None:
            parser = XMLParser()
        parser.feed(data)
        self._root = parser.close()
        return self._root

    def iter(self, tag=None):
        return self._root.iter(tag)

    def find(self, path, namespaces=None):
        if path[:1] == '/':
            path = '.' + path
        return self._root.find(path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        if path[:1] == '/':
            path = '.' + path
        return self._root.findtext(path, default, namespaces)

    def findall(self, path, namespaces=None):
        if path[:1] == '/':
            path = '.' + path
        return self._root.findall(path, namespaces)

    def iterfind(self, path, namespaces=None):
        if path[:1] == '/':
            path = '.' + path
        return self._root.iterfind(path, namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        if not method:
            method = 'xml'
        if not encoding:
            encoding = 'utf-8' if method == 'c14n' else 'us-ascii'
        text = _serialize_root(self._root, method, default_namespace, short_empty_elements)
        if method == 'xml' and (xml_declaration or (
                xml_declaration is None and encoding.lower() not in
                ('utf-8', 'us-ascii', 'unicode'))):
            declared = encoding
            if encoding.lower() == 'unicode':
                import locale
                declared = locale.getpreferredencoding()
            text = "<?xml version='1.0' encoding='%s'?>\n" % declared + text
        if encoding.lower() == 'unicode':
            data = text
        else:
            data = text.encode(encoding, 'xmlcharrefreplace')
        if hasattr(file_or_filename, 'write'):
            file_or_filename.write(data)
        elif isinstance(data, str):
            with open(file_or_filename, 'w', encoding='utf-8') as f:
                f.write(data)
        else:
            with open(file_or_filename, 'wb') as f:
                f.write(data)

    def write_c14n(self, file):
        return self.write(file, method='c14n')


_namespace_map = {
    'http://www.w3.org/XML/1998/namespace': 'xml',
    'http://www.w3.org/1999/xhtml': 'html',
    'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
    'http://schemas.xmlsoap.org/wsdl/': 'wsdl',
    'http://www.w3.org/2001/XMLSchema': 'xs',
    'http://www.w3.org/2001/XMLSchema-instance': 'xsi',
    'http://purl.org/dc/elements/1.1/': 'dc',
}


def register_namespace(prefix, uri):
    if re.match(r'ns\d+$', prefix):
        raise ValueError('Prefix format reserved for internal use')
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


def _escape_cdata(text):
    if '&' in text:
        text = text.replace('&', '&amp;')
    if '<' in text:
        text = text.replace('<', '&lt;')
    if '>' in text:
        text = text.replace('>', '&gt;')
    return text


def _escape_attrib(text):
    text = _escape_cdata(text)
    if '"' in text:
        text = text.replace('"', '&quot;')
    if '\r' in text:
        text = text.replace('\r', '&#13;')
    if '\n' in text:
        text = text.replace('\n', '&#10;')
    if '\t' in text:
        text = text.replace('\t', '&#09;')
    return text


def _namespaces(elem, default_namespace=None):
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ''

    def add_qname(qname):
        if qname[:1] == '{':
            uri, tag = qname[1:].rsplit('}', 1)
            prefix = namespaces.get(uri)
            if prefix is None:
                prefix = _namespace_map.get(uri)
                if prefix is None:
                    prefix = 'ns%d' % len(namespaces)
                if prefix != 'xml':
                    namespaces[uri] = prefix
            if prefix:
                qnames[qname] = '%s:%s' % (prefix, tag)
            else:
                qnames[qname] = tag
        else:
            if default_namespace:
                raise ValueError('cannot use non-qualified names with default_namespace option')
            qnames[qname] = qname

    for e in elem.iter():
        tag = e.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add_qname(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add_qname(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            raise TypeError('cannot serialize %r (type %s)' % (tag, type(tag).__name__))
        for key, value in e.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add_qname(key)
            if isinstance(value, QName) and value.text not in qnames:
                add_qname(value.text)
    return qnames, namespaces


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write('<!--%s-->' % text)
    elif tag is ProcessingInstruction:
        write('<?%s?>' % text)
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_xml(write, e, qnames, None, short_empty_elements)
        else:
            write('<' + tag)
            items = list(elem.items())
            if items or namespaces:
                if namespaces:
                    for v, k in sorted(namespaces.items(), key=lambda x: x[1]):
                        if k:
                            k = ':' + k
                        write(' xmlns%s="%s"' % (k, _escape_attrib(v)))
                for k, v in items:
                    if isinstance(k, QName):
                        k = k.text
                    if isinstance(v, QName):
                        v = qnames[v.text]
                    else:
                        v = _escape_attrib(str(v))
                    write(' %s="%s"' % (qnames[k], v))
            if text or len(elem) or not short_empty_elements:
                write('>')
                if text:
                    write(_escape_cdata(text))
                for e in elem:
                    _serialize_xml(write, e, qnames, None, short_empty_elements)
                write('</' + tag + '>')
            else:
                write(' />')
    if elem.tail:
        write(_escape_cdata(elem.tail))


_HTML_EMPTY = {'area', 'base', 'basefont', 'br', 'col', 'embed', 'frame', 'hr', 'img',
               'input', 'isindex', 'link', 'meta', 'param', 'source', 'track', 'wbr'}


def _serialize_html(write, elem, qnames, namespaces, **kwargs):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write('<!--%s-->' % _escape_cdata(text))
    elif tag is ProcessingInstruction:
        write('<?%s?>' % _escape_cdata(text))
    else:
        tag = qnames[tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_html(write, e, qnames, None)
        else:
            write('<' + tag)
            items = list(elem.items())
            if items or namespaces:
                if namespaces:
                    for v, k in sorted(namespaces.items(), key=lambda x: x[1]):
                        if k:
                            k = ':' + k
                        write(' xmlns%s="%s"' % (k, _escape_attrib(v)))
                for k, v in items:
                    write(' %s="%s"' % (qnames[k], _escape_attrib(str(v)).replace('&#10;', '\n')))
            write('>')
            ltag = tag.lower()
            if text:
                if ltag in ('script', 'style'):
                    write(text)
                else:
                    write(_escape_cdata(text))
            for e in elem:
                _serialize_html(write, e, qnames, None)
            if ltag not in _HTML_EMPTY:
                write('</' + tag + '>')
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _serialize_root(root, method, default_namespace, short_empty_elements):
    parts = []
    write = parts.append
    if method == 'text':
        for part in root.itertext():
            write(part)
        return ''.join(parts)
    qnames, namespaces = _namespaces(root, default_namespace)
    if method == 'html':
        _serialize_html(write, root, qnames, namespaces)
    else:
        _serialize_xml(write, root, qnames, namespaces, short_empty_elements)
    return ''.join(parts)


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    stream = io.StringIO() if encoding == 'unicode' else io.BytesIO()
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    return [tostring(element, encoding, method, xml_declaration=xml_declaration,
                     default_namespace=default_namespace,
                     short_empty_elements=short_empty_elements)]


def dump(elem):
    import sys
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding='unicode')
    tail = elem.getroot().tail
    if not tail or tail[-1] != '\n':
        sys.stdout.write('\n')


def indent(tree, space='  ', level=0):
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError('Initial indentation level must be >= 0, got %s' % level)
    if not len(tree):
        return
    indentations = ['\n' + level * space]

    def _indent_children(elem, level):
        child_indentation_level = level + 1
        try:
            child_indentation = indentations[child_indentation_level]
        except IndexError:
            child_indentation = indentations[level] + space
            indentations.append(child_indentation)
        if not elem.text or not elem.text.strip():
            elem.text = child_indentation
        for child in elem:
            if len(child):
                _indent_children(child, child_indentation_level)
            if not child.tail or not child.tail.strip():
                child.tail = child_indentation
        if not child.tail.strip():
            child.tail = indentations[level]

    _indent_children(tree, 0)


# --- parsing

_ENTITIES = {'lt': '<', 'gt': '>', 'amp': '&', 'quot': '"', 'apos': "'"}


class TreeBuilder:
    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = None
        self._factory = element_factory or Element
        self._comment_factory = comment_factory or Comment
        self._pi_factory = pi_factory or ProcessingInstruction
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis

    def close(self):
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = ''.join(self._data)
                if self._tail:
                    self._last.tail = text
                else:
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._elem.pop()
        self._tail = 1
        return self._last

    def comment(self, text):
        return self._handle_single(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        return self._handle_single(self._pi_factory, self.insert_pis, target, text)

    def _handle_single(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._elem:
                self._elem[-1].append(elem)
            self._tail = 1
        return elem


class XMLParser:
    def __init__(self, *, target=None, encoding=None):
        self.target = target if target is not None else TreeBuilder()
        self._chunks = []
        self.version = 'moult'
        self.entity = {}

    def feed(self, data):
        if isinstance(data, (bytes, bytearray)):
            data = bytes(data)
        self._chunks.append(data)

    def flush(self):
        pass

    def close(self):
        data = self._chunks
        if data and isinstance(data[0], bytes):
            raw = bytes().join(data)
            text = _decode_document(raw)
        else:
            text = ''.join(data)
        scanner = _Scanner(text, self.target, self.entity)
        # xml.dom.minidom keeps qualified names as written.
        scanner.raw_names = getattr(self, '_raw_names', False)
        scanner.run()
        close = getattr(self.target, 'close', None)
        return close() if close else None


def _decode_document(raw):
    if raw.startswith(bytes([0xef, 0xbb, 0xbf])):
        raw = raw[3:]
    m = re.match(r"<\?xml[^>]*encoding=['\"]([A-Za-z0-9._-]+)['\"]", raw[:200].decode('latin-1'))
    encoding = m.group(1) if m else 'utf-8'
    return raw.decode(encoding)


class _Scanner:
    """Reads a whole document, calling the target's start/end/data/comment/pi."""

    def __init__(self, text, target, entities):
        self.text = text
        self.target = target
        self.entities = entities
        self.namespaces = [{'xml': 'http://www.w3.org/XML/1998/namespace'}]

    def error(self, message, pos, code):
        line = self.text.count('\n', 0, pos) + 1
        column = pos - (self.text.rfind('\n', 0, pos) + 1)
        err = ParseError('%s: line %d, column %d' % (message, line, column))
        err.code = code
        err.position = (line, column)
        raise err

    raw_names = False

    def resolve(self, name, is_attr, pos):
        if self.raw_names:
            return name
        prefix, sep, local = name.rpartition(':')
        if not sep:
            if is_attr:
                return name
            uri = self.namespaces[-1].get('')
            return '{%s}%s' % (uri, name) if uri else name
        uri = self.namespaces[-1].get(prefix)
        if uri is None:
            self.error('unbound prefix', pos, 27)
        return '{%s}%s' % (uri, local)

    def unescape(self, s, pos):
        if '&' not in s:
            return s
        out = []
        i = 0
        while True:
            j = s.find('&', i)
            if j < 0:
                out.append(s[i:])
                break
            out.append(s[i:j])
            k = s.find(';', j)
            if k < 0:
                self.error('not well-formed (invalid token)', pos + j, 4)
            name = s[j + 1:k]
            if name.startswith('#x'):
                out.append(chr(int(name[2:], 16)))
            elif name.startswith('#'):
                out.append(chr(int(name[1:])))
            elif name in _ENTITIES:
                out.append(_ENTITIES[name])
            elif name in self.entities:
                out.append(self.entities[name])
            else:
                self.error('undefined entity', pos + j, 11)
            i = k + 1
        return ''.join(out)

    def run(self):
        text = self.text
        n = len(text)
        i = 0
        stack = []
        seen_root = False
        target = self.target
        while i < n:
            if text[i] != '<':
                j = text.find('<', i)
                if j < 0:
                    j = n
                chunk = text[i:j]
                if not stack:
                    if chunk.strip():
                        self.error('junk after document element' if seen_root
                                   else 'syntax error', i + len(chunk) - len(chunk.lstrip()),
                                   9 if seen_root else 2)
                else:
                    target.data(self.unescape(chunk.replace('\r\n', '\n'), i))
                i = j
                continue
            if text.startswith('<!--', i):
                j = text.find('-->', i + 4)
                if j < 0:
                    self.error('unclosed token', i, 5)
                if hasattr(target, 'comment'):
                    target.comment(text[i + 4:j])
                i = j + 3
            elif text.startswith('<![CDATA[', i):
                j = text.find(']]>', i)
                if j < 0:
                    self.error('unclosed CDATA section', i, 20)
                if stack:
                    target.data(text[i + 9:j])
                i = j + 3
            elif text.startswith('<?', i):
                j = text.find('?>', i)
                if j < 0:
                    self.error('unclosed token', i, 5)
                body = text[i + 2:j]
                name, _, rest = body.partition(' ')
                if name.lower() != 'xml' and hasattr(target, 'pi'):
                    target.pi(name, rest.strip() or None)
                i = j + 2
            elif text.startswith('<!', i):
                depth = 0
                j = i + 2
                while j < n:
                    if text[j] == '[':
                        depth += 1
                    elif text[j] == ']':
                        depth -= 1
                    elif text[j] == '>' and depth <= 0:
                        break
                    j += 1
                i = j + 1
            elif text.startswith('</', i):
                j = text.find('>', i)
                if j < 0:
                    self.error('unclosed token', i, 5)
                name = text[i + 2:j].strip()
                if not stack or stack[-1] != name:
                    self.error('mismatched tag', i + 2, 7)
                stack.pop()
                target.end(self.resolve(name, False, i))
                self.namespaces.pop()
                i = j + 1
            else:
                if seen_root and not stack:
                    self.error('junk after document element', i, 9)
                i = self.start_tag(i, stack)
                seen_root = True
        if stack or not seen_root:
            self.error('no element found', n, 3)

    def start_tag(self, i, stack):
        text = self.text
        n = len(text)
        j = i + 1
        while j < n and not (text[j].isspace() or text[j] in '/>'):
            j += 1
        name = text[i + 1:j]
        if not name or not (name[0].isalpha() or name[0] in '_:'):
            self.error('not well-formed (invalid token)', i + 1, 4)
        raw_attrs = []
        while True:
            while j < n and text[j].isspace():
                j += 1
            if j >= n:
                self.error('unclosed token', i, 5)
            if text.startswith('/>', j):
                empty = True
                j += 2
                break
            if text[j] == '>':
                empty = False
                j += 1
                break
            k = j
            while k < n and not (text[k].isspace() or text[k] in '=/>'):
                k += 1
            aname = text[j:k]
            if not aname:
                self.error('not well-formed (invalid token)', j, 4)
            while k < n and text[k].isspace():
                k += 1
            if k >= n or text[k] != '=':
                self.error('not well-formed (invalid token)', k, 4)
            k += 1
            while k < n and text[k].isspace():
                k += 1
            if k >= n or text[k] not in '"\'':
                self.error('not well-formed (invalid token)', k, 4)
            quote = text[k]
            end = text.find(quote, k + 1)
            if end < 0:
                self.error('unclosed token', i, 5)
            value = text[k + 1:end]
            if '<' in value:
                self.error('not well-formed (invalid token)', k + 1 + value.index('<'), 4)
            value = value.replace('\r\n', ' ').replace('\n', ' ').replace('\t', ' ')
            raw_attrs.append((aname, self.unescape(value, k + 1)))
            j = end + 1
        scope = dict(self.namespaces[-1])
        for aname, value in raw_attrs:
            if aname == 'xmlns':
                scope[''] = value
            elif aname.startswith('xmlns:'):
                scope[aname[6:]] = value
        self.namespaces.append(scope)
        attrs = {}
        for aname, value in raw_attrs:
            if (aname == 'xmlns' or aname.startswith('xmlns:')) and not self.raw_names:
                continue
            attrs[self.resolve(aname, True, i)] = value
        self.target.start(self.resolve(name, False, i), attrs)
        if empty:
            self.target.end(self.resolve(name, False, i))
            self.namespaces.pop()
        else:
            stack.append(name)
        return j


def XML(text, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def XMLID(text, parser=None):
    tree = XML(text, parser)
    ids = {}
    for elem in tree.iter():
        id = elem.get('id')
        if id:
            ids[id] = elem
    return tree, ids


def fromstringlist(sequence, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


class _EventTarget(TreeBuilder):
    def __init__(self, events, out):
        TreeBuilder.__init__(self)
        self._events = events
        self._out = out

    def start(self, tag, attrs):
        elem = TreeBuilder.start(self, tag, attrs)
        if 'start' in self._events:
            self._out.append(('start', elem))
        return elem

    def end(self, tag):
        elem = TreeBuilder.end(self, tag)
        if 'end' in self._events:
            self._out.append(('end', elem))
        return elem

    def comment(self, text):
        elem = Comment(text)
        if 'comment' in self._events:
            self._out.append(('comment', elem))
        return elem

    def pi(self, target, text=None):
        elem = ProcessingInstruction(target, text)
        if 'pi' in self._events:
            self._out.append(('pi', elem))
        return elem


class XMLPullParser:
    def __init__(self, events=None, *, _parser=None):
        self._events = []
        self._target = _EventTarget(tuple(events or ('end',)), self._events)
        self._parser = XMLParser(target=self._target)
        self._done = False

    def feed(self, data):
        self._parser.feed(data)

    def close(self):
        if not self._done:
            self._done = True
            self._parser.close()

    def read_events(self):
        events = self._events
        while events:
            yield events.pop(0)


def iterparse(source, events=None, parser=None):
    pull = XMLPullParser(events)
    if hasattr(source, 'read'):
        pull.feed(source.read())
    else:
        with open(source, 'rb') as f:
            pull.feed(f.read())
    pull.close()

    class IterParseIterator:
        root = None

        def __iter__(self):
            return self

        def __next__(self):
            for event in pull.read_events():
                return event
            self.root = pull._target.close()
            raise StopIteration

    return IterParseIterator()


def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    raise NotImplementedError('canonicalize is not available in moult')


class C14NWriterTarget:
    def __init__(self, write, **options):
        raise NotImplementedError('C14N is not available in moult')
