print("pkg init")
from .core import greet
__all__ = ["greet", "CONST"]
CONST = "pkg-const"
