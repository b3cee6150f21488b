for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "\x00\x7f\x80", "é ü", "\u200b", "\U0001F600", "back\\slash", "\r"]:
    print(repr(s), ascii(s), len(s))
print(str(b"x"), repr("a\u0301"), "\N{GREEK SMALL LETTER ALPHA}")
