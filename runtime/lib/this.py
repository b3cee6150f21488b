"""this: The Zen of Python (PEP 20), printed on import. As in CPython, the
text is kept ROT13-encoded in `s`, with the decoding table `d`."""

_zen = (
    'The Zen of Python, by Tim Peters\n'
    '\n'
    'Beautiful is better than ugly.\n'
    'Explicit is better than implicit.\n'
    'Simple is better than complex.\n'
    'Complex is better than complicated.\n'
    'Flat is better than nested.\n'
    'Sparse is better than dense.\n'
    'Readability counts.\n'
    "Special cases aren't special enough to break the rules.\n"
    'Although practicality beats purity.\n'
    'Errors should never pass silently.\n'
    'Unless explicitly silenced.\n'
    'In the face of ambiguity, refuse the temptation to guess.\n'
    'There should be one-- and preferably only one --obvious way to do it.\n'
    "Although that way may not be obvious at first unless you're Dutch.\n"
    'Now is better than never.\n'
    'Although never is often better than *right* now.\n'
    "If the implementation is hard to explain, it's a bad idea.\n"
    'If the implementation is easy to explain, it may be a good idea.\n'
    "Namespaces are one honking great idea -- let's do more of those!"
)

d = {}
for c in (65, 97):
    for i in range(26):
        d[chr(i + c)] = chr((i + 13) % 26 + c)

s = "".join([d.get(ch, ch) for ch in _zen])
del _zen

print("".join([d.get(c, c) for c in s]))
