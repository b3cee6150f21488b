from . import deep
from .. import value as parent_value
