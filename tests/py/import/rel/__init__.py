value = 3
_private = 4
from .inner import deep
__all__ = ["deep", "value"]
