import xml.etree.ElementTree as ET
import io
for bad in ['<a>', '<a></b>', '', '<a x=1/>', '<a>&foo;</a>', '<a><b></a>', 'text', '<a/><b/>']:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print(repr(bad), e, e.position, e.code)
r = ET.fromstring('<r xmlns="http://a" xmlns:b="http://b"><b:x y="1"/><z/></r>')
print(r.tag, [c.tag for c in r], ET.tostring(r, encoding='unicode'))
print(ET.tostring(ET.fromstring('<a>é</a>')), ET.tostring(ET.fromstring('<a t="x&#10;y\tz">a<!-- c -->b<![CDATA[<x>]]></a>'), encoding='unicode'))
print(repr(ET.fromstring('<a>\n  <b/>\n</a>').text), ET.fromstring('<?xml version="1.0"?>\n<!DOCTYPE a>\n<a/>').tag)
doc = '''<?xml version="1.0"?>
<library name="city">
  <book id="b1" lang="en"><title>Dune</title><author>Herbert</author><year>1965</year><price>9.99</price></book>
  <book id="b2" lang="fr"><title>L'Etranger</title><author>Camus</author><year>1942</year><price>7.50</price></book>
  <magazine id="m1"><title>Wired</title></magazine>
  <book id="b3" lang="en"><title>Neuromancer</title><author>Gibson</author><year>1984</year></book>
</library>'''
root = ET.fromstring(doc)
print(root.tag, root.attrib, len(root), root.get('name'), root.get('missing', 'dflt'))
for book in root.findall('book'):
    print(book.get('id'), book.find('title').text, book.findtext('price', 'n/a'), book.findtext('year'))
print([t.text for t in root.iter('title')], [e.tag for e in root.iter()][:6])
print([b.get('id') for b in root.findall("book[@lang='en']")], [b.get('id') for b in root.findall('./book[year]')])
print([e.text for e in root.findall('.//title')], root.find('book[2]').get('id'), [e.get('id') for e in root.findall('*')])
print([b.get('id') for b in root.findall("book[title='Dune']")], root.find('nothing'), root.findall('book/author')[1].text)
print(''.join(root.find('book').itertext()))
new = ET.SubElement(root, 'book', id='b4', lang='de')
ET.SubElement(new, 'title').text = 'Faust & <Co>'
new.set('year', '1808')
root.remove(root.find('magazine'))
print(ET.tostring(new, encoding='unicode'))
e = ET.Element('config', version='2')
for k, v in [('host', 'localhost'), ('port', '8080')]:
    s = ET.SubElement(e, 'option', name=k)
    s.text = v
e.append(ET.Comment(' generated '))
ET.indent(e)
print(ET.tostring(e, encoding='unicode'))
tree = ET.ElementTree(e)
buf = io.BytesIO()
tree.write(buf, encoding='utf-8', xml_declaration=True)
print(buf.getvalue().decode())
sbuf = io.StringIO(); tree.write(sbuf, encoding='unicode'); print(len(sbuf.getvalue()))
t2 = ET.parse(io.BytesIO(doc.encode()))
print(t2.getroot().tag, len(t2.findall('.//book')), t2.find('book/title').text)
print(ET.tostring(ET.fromstring('<p>Hello <b>bold</b> world</p>'), method='text'))
ET.dump(ET.fromstring('<x a="1"><y/></x>'))
el = ET.Element('x'); print(repr(el)[:13], len(el), el.text, el.tail, list(el.items()), el.keys())
events = [(ev, el.tag) for ev, el in ET.iterparse(io.BytesIO(b'<a><b/><c>t</c></a>'), events=('start', 'end'))]
print(events)
ns = ET.fromstring('<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>T1</title></entry><entry><title>T2</title></entry></feed>')
nsmap = {'a': 'http://www.w3.org/2005/Atom'}
print([t.text for t in ns.findall('a:entry/a:title', nsmap)], ns.find('{http://www.w3.org/2005/Atom}entry') is not None)
print(ET.tostring(ET.fromstring('<a><b/></a>'), short_empty_elements=False))
