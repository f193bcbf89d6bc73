# \s and \S in str and bytes patterns, and with re.ASCII: exactly the characters CPython's re takes
# for whitespace (str.isspace for str patterns), over the code points where whitespace lives.
import re

chars = [chr(c) for c in range(0x3100)]
print([hex(ord(ch)) for ch in chars if re.match(r"\s", ch)])
print([hex(ord(ch)) for ch in chars if re.match(r"[\s]", ch)])
print(sum(1 for ch in chars if re.match(r"\S", ch)), sum(1 for ch in chars if re.match(r"[^\s]", ch)))
print([hex(ord(ch)) for ch in chars[:256] if re.match(r"\s", ch, re.ASCII)])
print([hex(b) for b in range(256) if re.match(rb"\s", bytes([b]))])
print(re.split(r"\s+", " a\tb\u3000c\x1cd\u00a0e\u2028f  "))
print(re.findall(r"[\w\s]+", "ab c\u2003d-e_f\u205fg"))
