import re
text = """John Smith <john.smith@example.com> 2023-01-15 Order #1234 total $45.99
Jane Doe <jane@test.org> 2023-02-20 Order #5678 total $120.00
Bob Lee <bob_lee99@mail.co.uk> 2022-12-01 Order #42 total $3.50"""
email = re.compile(r"<([\w.]+)@([\w.]+)>")
print(email.findall(text))
for m in email.finditer(text):
    print(m.group(0), m.group(1), m.groups(), m.span(), m.start(2), m.end())
date = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)")
for m in date.finditer(text):
    print(m.groupdict(), m["year"], m.group("month", "day"), m.lastgroup, m.lastindex)
print(re.sub(r"\$(\d+)\.(\d+)", lambda m: f"{int(m.group(1))*100+int(m.group(2))}c", text))
print(re.sub(r"(\w+) (\w+) <", r"\2, \1 <", text))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+) <", r"\g<last> \g<first> <", text, count=1))
print(re.subn(r"\d", "#", "a1b22c333"))
print(re.split(r"\s*,\s*", "a , b,c ,  d"))
print(re.split(r"(,)", "a,b,c"), re.split(r",", "a,b,c", maxsplit=1))
print(re.split(r"\W+", "Words, words, words."))
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
print(re.match(r"hello", "Hello World", re.I))
print(re.search(r"^world", "hello\nworld", re.M).group())
print(re.findall(r"a.c", "a\nc abc", re.S))
print(re.escape("a.b*c?d[e]"), re.escape("hello world_1"))
pat = re.compile(r"""
    (\d{3})  # area
    [-.\s]?
    (\d{4})  # number
""", re.VERBOSE)
print(pat.search("call 555-1234 now").groups())
print(re.findall(r"(\w)(\d)", "a1 b2 c3"))
print(re.findall(r"\b\w{5}\b", "hello there world quick brown"))
print(re.sub(r"\s+", " ", "  lots   of   space  ").strip())
print(re.compile(r"ab+").pattern, re.compile("x", re.I).flags)
print(re.search(r"(a)(b)?", "ac").groups(), re.search(r"(a)(b)?", "ac").groups("-"))
m = re.match(r"(\d+)-(\d+)", "10-20")
print(m.expand(r"\2:\1"), m.string, m.re.pattern, m.pos, m.endpos)
print(repr(m))
print(re.findall(r"(?i)HeLLo", "hello HELLO"))
print(re.findall(r"(?<=\$)\d+", "cost $30 and $45"), re.findall(r"\d+(?= dollars)", "5 dollars 6 euros"))
print(re.findall(r"(?<!x)y", "xy zy"), re.findall(r"a(?!b)", "ab ac"))
print(re.sub(r"(a)|b", lambda m: "A" if m.group(1) else "B", "abab"))
print(re.match(r"(?:ab)+", "ababx").group(), re.match(r"a{2,3}", "aaaa").group(), re.match(r"a{2,3}?", "aaaa").group())
print(re.findall(r"[^aeiou\s]+", "programming is fun"))
print(re.sub(r"^", "> ", "line1\nline2", flags=re.M))
print(re.search(r"(\w+)\s\1", "hello hello world").group(1))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("error:", e)
print(re.findall(r"\d+\.?\d*", "3.14 and 42 and 0.5"))
print([m.group() for m in re.finditer(r"[A-Z][a-z]+", "Alice and Bob met Carol")])
print(re.sub("x*", "-", "abxd"))
print(re.split(r"\b", "hi there") if False else "skip")
print(re.match(r"(?P<a>x)(?P=a)", "xx").group())
print(re.findall(r"\w+@\w+\.com", "a@b.com, c@d.com"))
print(bool(re.match(r"^[\w.+-]+@[\w-]+\.[\w.]+$", "user.name+tag@domain.co")))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
print(re.template if False else "ok", re.IGNORECASE | re.MULTILINE)
print(re.compile(r"\d").sub("N", "a1b2", 1))
print(re.search(r"colou?r", "The color is").span())
print(re.findall(r"^\s*(\w+)\s*=\s*(.*?)\s*$", "a = 1\n b= two \nc=3", re.M))
