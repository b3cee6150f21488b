from html.parser import HTMLParser

class Dumper(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []
    def handle_starttag(self, tag, attrs):
        self.events.append(('start', tag, attrs))
    def handle_endtag(self, tag):
        self.events.append(('end', tag))
    def handle_startendtag(self, tag, attrs):
        self.events.append(('startend', tag, attrs))
    def handle_data(self, data):
        self.events.append(('data', data))
    def handle_comment(self, data):
        self.events.append(('comment', data))
    def handle_decl(self, decl):
        self.events.append(('decl', decl))
    def handle_pi(self, data):
        self.events.append(('pi', data))
    def handle_entityref(self, name):
        self.events.append(('entityref', name))
    def handle_charref(self, name):
        self.events.append(('charref', name))
    def unknown_decl(self, data):
        self.events.append(('unknown', data))

doc = '''<!DOCTYPE html>
<html lang="en"><head><title>Test &amp; title</title>
<meta charset=utf-8>
<style>p > a { color: red; }</style>
<script type="text/javascript">if (a < b && c > d) { x = "</p>"; }</script>
</head>
<body class='main page' data-x = "1>2" hidden>
<!-- a comment -->
<p id=intro>Hello, <b>world</b>! &copy; 2024 &#65;&#x42; &nosuch; a&b</p>
<br/><img src="a.png" alt="A &quot;pic&quot;" />
<?xml version="1.0"?>
<![CDATA[raw <data>]]>
<UL><LI>One<LI>Two</UL>
</body></html>
'''
for conv in (True, False):
    p = Dumper(convert_charrefs=conv)
    p.feed(doc)
    p.close()
    for e in p.events:
        print(e)
    print('---')
# feeding in pieces
p = Dumper()
for i in range(0, len(doc), 7):
    p.feed(doc[i:i+7])
p.close()
whole = Dumper(); whole.feed(doc); whole.close()
def merged(ev):
    out = []
    for e in ev:
        if out and e[0] == 'data' and out[-1][0] == 'data':
            out[-1] = ('data', out[-1][1] + e[1])
        else:
            out.append(e)
    return out
print(merged(p.events) == merged(whole.events))

class LinkFinder(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.text = []
    def handle_starttag(self, tag, attrs):
        if tag == 'a':
            self.links.append(dict(attrs).get('href'))
    def handle_data(self, data):
        if data.strip():
            self.text.append(data.strip())
lf = LinkFinder()
lf.feed('<div><a href="/one">One</a> and <A HREF="/two?x=1&amp;y=2">Two</A></div>')
print(lf.links, lf.text, lf.getpos(), lf.get_starttag_text())
p = Dumper()
p.feed('text then <unfinished')
print(p.events)
p.close()
print(p.events)
