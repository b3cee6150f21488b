import pkg
from pkg.sub import leaf
from pkg.sub.leaf import hi
print(pkg.greet("main"), pkg.CONST)
print(leaf.LEAF, hi())
print(pkg.__name__, leaf.__name__, pkg.sub.__name__)
import pkg.core as core
print(core is pkg.core)
