"""xml: the XML packages; moult provides xml.etree.ElementTree."""
