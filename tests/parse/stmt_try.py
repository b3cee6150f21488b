try:
    pass
except:
    pass
try:
    x()
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise
else:
    y = 1
finally:
    z = 2
try:
    pass
finally:
    pass
