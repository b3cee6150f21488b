from xml.dom import minidom
d = minidom.parseString('<root a="1"><child>text &amp; more</child><!-- c --><e/></root>')
print(d.toprettyxml(indent='  '))
print(repr(d.toxml()))
r = d.documentElement
print(r.tagName, r.getAttribute('a'), repr(r.getAttribute('zz')), [n.nodeType for n in r.childNodes], r.firstChild.firstChild, repr(r.firstChild.firstChild.data))
print(d.getElementsByTagName('child')[0].childNodes[0].nodeValue, r.childNodes[1])
doc = minidom.Document(); root = doc.createElement('config'); doc.appendChild(root)
it = doc.createElement('item'); it.setAttribute('name', 'x<y'); it.appendChild(doc.createTextNode('v"1')); root.appendChild(it)
print(doc.toprettyxml(indent='    ', encoding='utf-8'))
print(minidom.parseString('<a>\n  <b>t</b>\n</a>').toprettyxml())
print(r.attributes['a'].value, r.attributes.items(), r.hasAttribute('a'), r.parentNode is d, r.firstChild.nextSibling, r.localName, r.nodeName)
import xml.etree.ElementTree as ET
e = ET.Element('data'); ET.SubElement(e, 'v', k='1').text = 'x'; ET.SubElement(e, 'w')
print(minidom.parseString(ET.tostring(e)).toprettyxml(indent='  '))
impl = minidom.getDOMImplementation()
nd = impl.createDocument(None, 'top', None)
top = nd.documentElement
for i in range(3):
    c = nd.createElement('n'); c.setAttribute('i', str(i)); c.appendChild(nd.createTextNode('v%d' % i)); top.appendChild(c)
top.removeChild(top.childNodes[1])
top.insertBefore(nd.createComment('first'), top.firstChild)
print(nd.toxml(), len(top.getElementsByTagName('n')), top.childNodes.length)
ns = minidom.parseString('<x:a xmlns:x="urn:x"><x:b/></x:a>')
print(ns.documentElement.tagName, ns.documentElement.localName, ns.toxml())
