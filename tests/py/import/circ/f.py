import circ.e
import sys
try:
    print("f sees e partially:", circ.e.__name__)
except AttributeError as err:
    print("AttributeError:", err)
try:
    sys.modules["circ.e"].missing
except AttributeError as err:
    print("AttributeError:", err)
