from urllib.parse import *
import urllib.parse
u = urlparse("https://user:pw@Example.COM:8080/a/b;p=1?q=1&r=two#frag")
print(u, u.hostname, u.port, u.username, u.password, u.geturl())
print(urlsplit("http://[::1]:80/x?y#z"), urlsplit("mailto:a@b.c"), urlsplit("//host/p"), urlsplit("path/only?x"), urlparse("file:///etc/passwd"))
print(urlunparse(("http", "h", "/p", "", "a=1", "f")), urlunsplit(("https", "h:1", "x", "", "")), urldefrag("http://a/b#c"))
base = "http://a/b/c/d;p?q"
for ref in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h", "http:g"]:
    print(repr(ref), urljoin(base, ref))
print(quote("a b/c?d=é&€"), quote("a b", safe=""), quote_plus("a b&c=d/e"), quote(b"\x00\xff"), unquote("a%20b%2Fc%C3%A9%zz"), unquote_plus("a+b%2B"))
print(urlencode({"q": "hello world", "n": 1, "x": "a&b"}), urlencode([("a", [1, 2]), ("b", "c")], doseq=True), urlencode({"k": "é"}))
print(parse_qs("a=1&b=2&a=3&c=&d"), parse_qs("a=1&c=", keep_blank_values=True), parse_qsl("x=1+2&y=%41"), parse_qsl("a=1;b=2", separator=";"))
try: urlparse("http://h:99999/").port
except ValueError as e: print(e)
print(urlparse("HTTP://x").scheme, urlparse("http://x").port, urlparse("/rel").hostname, urljoin("http://a/b/", "../../../x"), urljoin("https://x.org/a/", "//cdn.org/j.js"))
from urllib.parse import unquote; print(unquote("%41%4"), unquote("ab%2"), unquote("%e2%82%ac"))
