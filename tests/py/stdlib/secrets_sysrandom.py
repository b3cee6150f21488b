import secrets, random
print(len(secrets.token_hex(16)), len(secrets.token_bytes(8)), len(secrets.token_urlsafe(16)), 0 <= secrets.randbelow(10) < 10, secrets.choice("abc") in "abc", secrets.compare_digest("abc", "abc"), secrets.compare_digest("abc", "abd"), 0 <= secrets.randbits(5) < 32)
sr = random.SystemRandom(); x = sr.random(); print(0 <= x < 1, 1 <= sr.randint(1, 6) <= 6, len(sr.sample(range(10), 3)))
try: sr.getstate()
except NotImplementedError as e: print(e)
