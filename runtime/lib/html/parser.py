"""html.parser: a simple, forgiving HTML tokenizer. Subclasses override the
handle_* methods; feed() may be called with the document in pieces (an
incomplete construct at the end of the input waits for more)."""

from html import unescape

__all__ = ['HTMLParser']

_CDATA_CONTENT_ELEMENTS = ('script', 'style')


def _is_name_start(c):
    return c.isalpha()


class HTMLParser:
    CDATA_CONTENT_ELEMENTS = _CDATA_CONTENT_ELEMENTS

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = None
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0
        self.__starttag_text = None

    def feed(self, data):
        self.rawdata = self.rawdata + data
        self.goahead(False)

    def close(self):
        self.goahead(True)

    def getpos(self):
        return self.lineno, self.offset

    def get_starttag_text(self):
        return self.__starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()

    def clear_cdata_mode(self):
        self.cdata_elem = None

    def updatepos(self, i, j):
        if i >= j:
            return j
        rawdata = self.rawdata
        nlines = rawdata.count('\n', i, j)
        if nlines:
            self.lineno = self.lineno + nlines
            pos = rawdata.rindex('\n', i, j)
            self.offset = j - (pos + 1)
        else:
            self.offset = self.offset + j - i
        return j

    def _emit_text(self, text):
        if not text:
            return
        if self.convert_charrefs and not self.cdata_elem:
            self.handle_data(unescape(text))
        else:
            self.handle_data(text)

    def _text_end(self, i, end):
        """Where the text starting at i stops: the next '<' that may begin
        markup, or None when the rest must wait for more input."""
        rawdata = self.rawdata
        n = len(rawdata)
        if self.cdata_elem:
            close = '</' + self.cdata_elem
            j = i
            while True:
                j = rawdata.find('<', j)
                if j < 0:
                    break
                if rawdata[j:j + len(close)].lower() == close:
                    return j
                if close.startswith(rawdata[j:].lower()) and not end:
                    return j if j > i else None
                j += 1
            return n if end else (n if rawdata.rfind('<', i) < 0 else None)
        j = rawdata.find('<', i)
        if j >= 0:
            return j
        if self.convert_charrefs and not end:
            amp = rawdata.rfind('&', max(i, n - 34))
            if amp >= 0 and not any(c in ' \t\n\r\f;' for c in rawdata[amp:]):
                return amp if amp > i else None
        return n

    def goahead(self, end):
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        while i < n:
            j = self._text_end(i, end)
            if j is None:
                break
            if i < j:
                if self.convert_charrefs and not self.cdata_elem:
                    self._emit_text(rawdata[i:j])
                else:
                    self._plain_text(i, j)
            i = self.updatepos(i, j)
            if i == n:
                break
            if rawdata[i] != '<':
                # Held back: a possible character reference at the end.
                break
            k = self._markup(i, end)
            if k < 0:
                if not end:
                    break
                # An unfinished construct at the very end is text.
                k = rawdata.find('>', i + 1)
                if k < 0:
                    k = rawdata.find('<', i + 1)
                    if k < 0:
                        k = i + 1
                else:
                    k += 1
                self.handle_data(rawdata[i:k])
            i = self.updatepos(i, k)
        if end and i < n and not self.cdata_elem:
            self._emit_text(rawdata[i:n])
            i = self.updatepos(i, n)
        elif end and i < n:
            self.handle_data(rawdata[i:n])
            i = self.updatepos(i, n)
        self.rawdata = rawdata[i:]

    def _plain_text(self, i, j):
        """Text with character references reported one by one
        (convert_charrefs=False)."""
        rawdata = self.rawdata
        if self.cdata_elem:
            self.handle_data(rawdata[i:j])
            return
        start = i
        while i < j:
            amp = rawdata.find('&', i, j)
            if amp < 0:
                break
            k = amp + 1
            if rawdata[k:k + 1] == '#':
                k += 1
                if rawdata[k:k + 1] in ('x', 'X'):
                    k += 1
                    while k < j and rawdata[k] in '0123456789abcdefABCDEF':
                        k += 1
                else:
                    while k < j and rawdata[k].isdigit():
                        k += 1
                if k == amp + 2 or (k == amp + 3 and rawdata[amp + 2] in 'xX'):
                    i = amp + 1
                    continue
                if start < amp:
                    self.handle_data(rawdata[start:amp])
                self.handle_charref(rawdata[amp + 2:k])
            else:
                while k < j and (rawdata[k].isalnum() or rawdata[k] in '._-'):
                    k += 1
                if k == amp + 1:
                    i = amp + 1
                    continue
                if start < amp:
                    self.handle_data(rawdata[start:amp])
                self.handle_entityref(rawdata[amp + 1:k])
            if rawdata[k:k + 1] == ';':
                k += 1
            start = i = k
        if start < j:
            self.handle_data(rawdata[start:j])

    def _markup(self, i, end):
        """Handles the markup at rawdata[i] ('<'): the index after it, or -1
        when it is not complete yet."""
        rawdata = self.rawdata
        nxt = rawdata[i + 1:i + 2]
        if self.cdata_elem:
            return self.parse_endtag(i) if rawdata.startswith('</', i) else self._as_text(i)
        if _is_name_start(nxt):
            return self.parse_starttag(i)
        if rawdata.startswith('</', i):
            return self.parse_endtag(i)
        if rawdata.startswith('<!--', i):
            return self.parse_comment(i)
        if rawdata.startswith('<?', i):
            return self.parse_pi(i)
        if rawdata.startswith('<!', i):
            return self.parse_html_declaration(i)
        if i + 1 < len(rawdata) or end:
            return self._as_text(i)
        return -1

    def _as_text(self, i):
        self.handle_data('<')
        return i + 1

    def parse_comment(self, i, report=1):
        rawdata = self.rawdata
        j = rawdata.find('-->', i + 4)
        if j < 0:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4:j])
        return j + 3

    def parse_pi(self, i):
        rawdata = self.rawdata
        j = rawdata.find('>', i + 2)
        if j < 0:
            return -1
        self.handle_pi(rawdata[i + 2:j])
        return j + 1

    def parse_html_declaration(self, i):
        rawdata = self.rawdata
        if rawdata.startswith('<![', i):
            closing = ']]>' if rawdata.startswith('<![CDATA[', i) else ']>'
            j = rawdata.find(closing, i + 3)
            if j < 0:
                return -1
            self.unknown_decl(rawdata[i + 3:j])
            return j + len(closing)
        j = rawdata.find('>', i + 2)
        if j < 0:
            return -1
        body = rawdata[i + 2:j]
        if body.lower().startswith('doctype'):
            self.handle_decl(body)
        else:
            self.handle_comment(body)
        return j + 1

    def _tag_end(self, i):
        """The index of the '>' closing the tag at i, or -1; a quote right
        after '=' opens a value that may hold '>'."""
        rawdata = self.rawdata
        quote = None
        last = ''
        for k in range(i + 1, len(rawdata)):
            c = rawdata[k]
            if quote:
                if c == quote:
                    quote = None
            elif c in '"\'' and last == '=':
                quote = c
            elif c == '>':
                return k
            if not c.isspace():
                last = c
        return -1

    def parse_starttag(self, i):
        rawdata = self.rawdata
        endpos = self._tag_end(i)
        if endpos < 0:
            return -1
        self.__starttag_text = text = rawdata[i:endpos + 1]
        k = 1
        while k < len(text) and not (text[k].isspace() or text[k] in '/>'):
            k += 1
        tag = text[1:k].lower()
        self.lasttag = tag
        attrs = self._parse_attrs(text[k:-1])
        self_closing = text[:-1].rstrip().endswith('/') and not text[:-1].rstrip().endswith('=/')
        if self_closing:
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return endpos + 1

    def _parse_attrs(self, s):
        attrs = []
        k = 0
        n = len(s)
        while k < n:
            while k < n and (s[k].isspace() or s[k] == '/'):
                k += 1
            if k >= n:
                break
            start = k
            while k < n and not (s[k].isspace() or s[k] in '=>') and not (
                    s[k] == '/' and k > start):
                k += 1
            name = s[start:k].lower()
            while k < n and s[k].isspace():
                k += 1
            value = None
            if k < n and s[k] == '=':
                k += 1
                while k < n and s[k].isspace():
                    k += 1
                if k < n and s[k] in '"\'':
                    quote = s[k]
                    close = s.find(quote, k + 1)
                    if close < 0:
                        close = n
                    value = s[k + 1:close]
                    k = close + 1
                else:
                    vstart = k
                    while k < n and not s[k].isspace():
                        k += 1
                    value = s[vstart:k]
                    if value.endswith('/') and k == n:
                        value = value[:-1]
                value = unescape(value)
            if name:
                attrs.append((name, value))
            elif k == start:
                k += 1
        return attrs

    def parse_endtag(self, i):
        rawdata = self.rawdata
        j = rawdata.find('>', i + 1)
        if j < 0:
            return -1
        body = rawdata[i + 2:j]
        k = 0
        while k < len(body) and not (body[k].isspace() or body[k] == '/'):
            k += 1
        tag = body[:k].lower()
        if self.cdata_elem is not None:
            if tag != self.cdata_elem:
                self.handle_data(rawdata[i:j + 1])
                return j + 1
        if not tag:
            if body == '':
                return j + 1
            self.handle_comment(body)
            return j + 1
        self.handle_endtag(tag)
        self.clear_cdata_mode()
        return j + 1

    # Overridable handlers: the defaults do nothing.
    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
