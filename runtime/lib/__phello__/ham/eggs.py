"""A module of a frozen subpackage."""
