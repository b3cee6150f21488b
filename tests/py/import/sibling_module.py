import _helper
import _helper as again
from _helper import VALUE, double
print(_helper.VALUE, double(VALUE), again is _helper, _helper.__name__)
import sys
print("_helper" in sys.modules)
