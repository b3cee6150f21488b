import sys
import __hello__
import __phello__.spam
from __phello__.ham import eggs
from __phello__ import ham
print(__hello__.initialized, __hello__.__name__, __hello__.__package__)
for m in [__phello__, __phello__.spam, ham, eggs]:
    print(m.__name__, sorted(k for k in m.__dict__ if not k.startswith("__")), m.__package__, hasattr(m, "__path__"))
__phello__.main()
__phello__.spam.main()
print(eggs is sys.modules["__phello__.ham.eggs"], ham.eggs is eggs)
try:
    import __phello__.nothing
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    import __hello__.sub
except ModuleNotFoundError as e:
    print(e)
