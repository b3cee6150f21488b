import os
import os.path
import os.path as p, sys as s
from os import path
from os import path as p, sep
from . import x
from .. import y
from .mod import z
from ...pkg.sub import (a, b as c,)
from os import *
from .... import w
