import math
try:
    math.sqr
except AttributeError as e:
    print(e, e.name, e.obj is math)
import collections
collections.OrderedDictt
