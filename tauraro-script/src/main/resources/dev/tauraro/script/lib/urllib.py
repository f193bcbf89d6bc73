"""The urllib package: tauraro-script has urllib.parse, urllib.error and urllib.request (urlopen of
http:// URLs over http.client)."""
