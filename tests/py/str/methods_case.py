s = "Hello, World ß ǅ"
print(s.upper(), s.lower(), s.casefold(), s.swapcase(), s.title(), s.capitalize())
print("ab cd".title(), "they're bill's".title(), "ΣΑΣ".lower())
print(s.isupper(), "ABC".isupper(), "abc".islower(), "Title Case".istitle())
print("123".isdigit(), "½".isnumeric(), "²".isdecimal(), "abc1".isalnum(), "abc".isalpha(), " \t".isspace())
print("x1".isidentifier(), "1x".isidentifier(), "".isalpha(), "é".isascii(), "a".isprintable(), "\n".isprintable())
