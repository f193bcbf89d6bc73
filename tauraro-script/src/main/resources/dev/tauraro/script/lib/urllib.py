"""The urllib package: tauraro-script has urllib.parse (urllib.request and urllib.error are absent)."""
