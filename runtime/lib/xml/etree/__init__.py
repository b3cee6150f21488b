"""xml.etree: the ElementTree API (see ElementTree.py)."""
