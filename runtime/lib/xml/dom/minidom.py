"""xml.dom.minidom: a small DOM: parse XML into Document/Element/Text
nodes, edit them, and write them back (toxml, toprettyxml)."""

import io
from xml.dom import Node, NotFoundErr, HierarchyRequestErr

__all__ = ['parse', 'parseString', 'getDOMImplementation', 'Document', 'Element', 'Text',
           'Comment', 'Attr', 'Node']


def _write_data(writer, data):
    if data:
        data = data.replace('&', '&amp;').replace('<', '&lt;').replace('"', '&quot;') \
            .replace('>', '&gt;')
        writer.write(data)


class _NodeList(list):
    @property
    def length(self):
        return len(self)

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]
        return None


class _Node(Node):
    parentNode = None
    ownerDocument = None
    nextSibling = None
    previousSibling = None
    prefix = None
    namespaceURI = None

    def __bool__(self):
        return True

    @property
    def firstChild(self):
        return self.childNodes[0] if self.childNodes else None

    @property
    def lastChild(self):
        return self.childNodes[-1] if self.childNodes else None

    def hasChildNodes(self):
        return bool(self.childNodes)

    def _relink(self):
        kids = self.childNodes
        for i, node in enumerate(kids):
            node.parentNode = self
            node.previousSibling = kids[i - 1] if i > 0 else None
            node.nextSibling = kids[i + 1] if i + 1 < len(kids) else None

    def appendChild(self, node):
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        self.childNodes.append(node)
        self._relink()
        return node

    def insertBefore(self, newChild, refChild):
        if refChild is None:
            return self.appendChild(newChild)
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        try:
            index = next(i for i, n in enumerate(self.childNodes) if n is refChild)
        except StopIteration:
            raise ValueError('refChild is not a child of this node') from None
        self.childNodes.insert(index, newChild)
        self._relink()
        return newChild

    def removeChild(self, oldChild):
        for i, n in enumerate(self.childNodes):
            if n is oldChild:
                del self.childNodes[i]
                break
        else:
            raise NotFoundErr()
        oldChild.parentNode = oldChild.nextSibling = oldChild.previousSibling = None
        self._relink()
        return oldChild

    def replaceChild(self, newChild, oldChild):
        if newChild is oldChild:
            return oldChild
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        for i, n in enumerate(self.childNodes):
            if n is oldChild:
                self.childNodes[i] = newChild
                break
        else:
            raise NotFoundErr()
        oldChild.parentNode = oldChild.nextSibling = oldChild.previousSibling = None
        self._relink()
        return oldChild

    def normalize(self):
        kids = []
        for child in self.childNodes:
            if child.nodeType == Node.TEXT_NODE:
                if not child.data:
                    continue
                if kids and kids[-1].nodeType == Node.TEXT_NODE:
                    kids[-1].data += child.data
                    continue
            elif child.nodeType == Node.ELEMENT_NODE:
                child.normalize()
            kids.append(child)
        self.childNodes[:] = kids
        self._relink()

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml('', '', encoding, standalone)

    def toprettyxml(self, indent='\t', newl='\n', encoding=None, standalone=None):
        writer = io.StringIO()
        if self.nodeType == Node.DOCUMENT_NODE:
            self.writexml(writer, '', indent, newl, encoding, standalone)
        else:
            self.writexml(writer, '', indent, newl)
        if encoding is None:
            return writer.getvalue()
        return writer.getvalue().encode(encoding, 'xmlcharrefreplace')

    def getElementsByTagName(self, name):
        out = _NodeList()
        for node in self.childNodes:
            if node.nodeType == Node.ELEMENT_NODE:
                if name == '*' or node.tagName == name:
                    out.append(node)
                out.extend(node.getElementsByTagName(name))
        return out

    def cloneNode(self, deep):
        raise NotImplementedError

    def unlink(self):
        self.parentNode = None
        for child in self.childNodes:
            child.unlink()
        self.childNodes = _NodeList()

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.unlink()


class Attr:
    nodeType = Node.ATTRIBUTE_NODE

    def __init__(self, name, value=''):
        self.name = self.nodeName = self.localName = name
        self.value = self.nodeValue = value

    def __repr__(self):
        return '<xml.dom.minidom.Attr object at %#x>' % id(self)


class NamedNodeMap:
    def __init__(self, attrs):
        self._attrs = attrs

    def __len__(self):
        return len(self._attrs)

    @property
    def length(self):
        return len(self._attrs)

    def __getitem__(self, name):
        return Attr(name, self._attrs[name])

    def get(self, name, value=None):
        return Attr(name, self._attrs[name]) if name in self._attrs else value

    def item(self, index):
        keys = list(self._attrs)
        return Attr(keys[index], self._attrs[keys[index]]) if 0 <= index < len(keys) else None

    def items(self):
        return list(self._attrs.items())

    def keys(self):
        return list(self._attrs.keys())

    def values(self):
        return [Attr(k, v) for k, v in self._attrs.items()]

    def __contains__(self, name):
        return name in self._attrs


class Element(_Node):
    nodeType = Node.ELEMENT_NODE
    nodeValue = None

    def __init__(self, tagName, namespaceURI=None, prefix=None, localName=None):
        self.tagName = self.nodeName = tagName
        self.prefix = prefix
        self.namespaceURI = namespaceURI
        self.childNodes = _NodeList()
        self._attrs = {}

    @property
    def localName(self):
        return self.tagName.rpartition(':')[2]

    @property
    def attributes(self):
        return NamedNodeMap(self._attrs)

    def __repr__(self):
        return '<DOM Element: %s at %#x>' % (self.tagName, id(self))

    def getAttribute(self, attname):
        return self._attrs.get(attname, '')

    def setAttribute(self, attname, value):
        self._attrs[attname] = value

    def hasAttribute(self, name):
        return name in self._attrs

    def removeAttribute(self, name):
        try:
            del self._attrs[name]
        except KeyError:
            raise NotFoundErr() from None

    def getAttributeNode(self, attrname):
        return Attr(attrname, self._attrs[attrname]) if attrname in self._attrs else None

    def hasAttributes(self):
        return bool(self._attrs)

    def cloneNode(self, deep):
        clone = Element(self.tagName, self.namespaceURI, self.prefix)
        clone._attrs = dict(self._attrs)
        clone.ownerDocument = self.ownerDocument
        if deep:
            for child in self.childNodes:
                clone.appendChild(child.cloneNode(True))
        return clone

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write(indent + '<' + self.tagName)
        for name, value in self._attrs.items():
            writer.write(' %s="' % name)
            _write_data(writer, value)
            writer.write('"')
        if self.childNodes:
            writer.write('>')
            if (len(self.childNodes) == 1 and self.childNodes[0].nodeType in (
                    Node.TEXT_NODE, Node.CDATA_SECTION_NODE)):
                self.childNodes[0].writexml(writer, '', '', '')
            else:
                writer.write(newl)
                for node in self.childNodes:
                    node.writexml(writer, indent + addindent, addindent, newl)
                writer.write(indent)
            writer.write('</%s>%s' % (self.tagName, newl))
        else:
            writer.write('/>%s' % newl)


class _CharacterData(_Node):
    childNodes = ()

    def __init__(self, data=''):
        self.data = data

    @property
    def nodeValue(self):
        return self.data

    @property
    def length(self):
        return len(self.data)

    def __repr__(self):
        data = self.data
        dotdotdot = '...' if len(data) > 10 else ''
        return '<DOM %s node "%r%s">' % (self.__class__.__name__, data[0:10], dotdotdot)

    def cloneNode(self, deep):
        clone = self.__class__(self.data)
        clone.ownerDocument = self.ownerDocument
        return clone


class Text(_CharacterData):
    nodeType = Node.TEXT_NODE
    nodeName = '#text'

    def writexml(self, writer, indent='', addindent='', newl=''):
        _write_data(writer, '%s%s%s' % (indent, self.data, newl))

    @property
    def wholeText(self):
        return self.data


class CDATASection(Text):
    nodeType = Node.CDATA_SECTION_NODE
    nodeName = '#cdata-section'

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write('<![CDATA[%s]]>' % self.data)


class Comment(_CharacterData):
    nodeType = Node.COMMENT_NODE
    nodeName = '#comment'

    def writexml(self, writer, indent='', addindent='', newl=''):
        if '--' in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write('%s<!--%s-->%s' % (indent, self.data, newl))


class ProcessingInstruction(_CharacterData):
    nodeType = Node.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        self.target = self.nodeName = target
        self.data = data

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write('%s<?%s %s?>%s' % (indent, self.target, self.data, newl))


class Document(_Node):
    nodeType = Node.DOCUMENT_NODE
    nodeName = '#document'
    nodeValue = None
    doctype = None

    def __init__(self):
        self.childNodes = _NodeList()

    @property
    def documentElement(self):
        for node in self.childNodes:
            if node.nodeType == Node.ELEMENT_NODE:
                return node
        return None

    def appendChild(self, node):
        if node.nodeType == Node.ELEMENT_NODE and self.documentElement is not None:
            raise HierarchyRequestErr('two document elements disallowed')
        return _Node.appendChild(self, node)

    def createElement(self, tagName):
        e = Element(tagName)
        e.ownerDocument = self
        return e

    def createElementNS(self, namespaceURI, qualifiedName):
        prefix = qualifiedName.partition(':')[0] if ':' in qualifiedName else None
        e = Element(qualifiedName, namespaceURI, prefix)
        e.ownerDocument = self
        return e

    def createTextNode(self, data):
        if not isinstance(data, str):
            raise TypeError('node contents must be a string')
        t = Text(data)
        t.ownerDocument = self
        return t

    def createCDATASection(self, data):
        c = CDATASection(data)
        c.ownerDocument = self
        return c

    def createComment(self, data):
        c = Comment(data)
        c.ownerDocument = self
        return c

    def createProcessingInstruction(self, target, data):
        p = ProcessingInstruction(target, data)
        p.ownerDocument = self
        return p

    def getElementById(self, id):
        for e in self.getElementsByTagName('*'):
            if e.getAttribute('id') == id:
                return e
        return None

    def writexml(self, writer, indent='', addindent='', newl='', encoding=None,
                 standalone=None):
        declarations = []
        if encoding:
            declarations.append(f'encoding="{encoding}"')
        if standalone is not None:
            declarations.append(f'standalone="{"yes" if standalone else "no"}"')
        writer.write(f'<?xml version="1.0" {" ".join(declarations)}?>{newl}')
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)


class _Builder:
    """An ElementTree parser target building DOM nodes."""

    def __init__(self):
        self.document = Document()
        self.stack = [self.document]

    def start(self, tag, attrs):
        e = self.document.createElement(tag)
        e._attrs = dict(attrs)
        self.stack[-1].appendChild(e)
        self.stack.append(e)

    def end(self, tag):
        self.stack.pop()

    def data(self, text):
        parent = self.stack[-1]
        if parent is self.document:
            return
        if parent.childNodes and parent.childNodes[-1].nodeType == Node.TEXT_NODE:
            parent.childNodes[-1].data += text
        else:
            parent.appendChild(self.document.createTextNode(text))

    def comment(self, text):
        self.stack[-1].appendChild(self.document.createComment(text))

    def pi(self, target, text=None):
        self.stack[-1].appendChild(self.document.createProcessingInstruction(target, text or ''))

    def close(self):
        return self.document


def parseString(string, parser=None):
    from xml.etree.ElementTree import XMLParser
    builder = _Builder()
    p = XMLParser(target=builder)
    p._raw_names = True
    p.feed(string)
    return p.close()


def parse(file, parser=None, bufsize=None):
    if hasattr(file, 'read'):
        return parseString(file.read())
    with open(file, 'rb') as f:
        return parseString(f.read())


class DOMImplementation:
    def hasFeature(self, feature, version):
        return feature.lower() in ('core', 'xml')

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        doc = Document()
        if qualifiedName:
            doc.appendChild(doc.createElementNS(namespaceURI, qualifiedName))
        return doc


def getDOMImplementation(features=None):
    return DOMImplementation()
