# str predicates and case mappings over a sample of code points (python3 3.11 Unicode data).
for cp in range(0, 0x30000, 37):
    if 0xD800 <= cp < 0xE000:
        continue
    c = chr(cp)
    r = (c.isalpha(), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isspace(), c.isprintable(), c.isidentifier(), c.isupper(), c.islower(), c.upper(), c.lower(), c.title(), c.casefold(), c.swapcase(), c.isalnum(), c.istitle())
    print(cp, r)
