try:
    pass
except* ValueError:
    pass
except* (TypeError, KeyError) as eg:
    pass
else:
    pass
finally:
    pass
try:
    f()
except *OSError as e:
    g(e)
