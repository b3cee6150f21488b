"""A frozen subpackage of `__phello__`."""
