from .. import CONST
from ..core import greet
LEAF = "leaf sees " + CONST
def hi():
    return greet("leaf")
