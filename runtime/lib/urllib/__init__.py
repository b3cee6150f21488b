"""urllib: only urllib.parse is provided."""
