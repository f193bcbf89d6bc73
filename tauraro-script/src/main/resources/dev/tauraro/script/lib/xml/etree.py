"""xml.etree: ElementTree and its path language."""
