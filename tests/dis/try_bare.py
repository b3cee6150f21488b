try:
    f()
except:
    raise
