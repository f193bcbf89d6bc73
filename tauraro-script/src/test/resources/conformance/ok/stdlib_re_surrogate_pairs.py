# Matches begin only at code points: an empty match after an empty one never falls inside a
# character beyond U+FFFF (Java strings hold those as two chars).
import re
s = 'a\U0001F600b\U0001F601'
print(re.findall(r'x*', s))
print(re.sub(r'x*', '-', s))
print(re.subn(r'(?:)', '.', '\U0001F600\U0001F600'))
print([m.span() for m in re.finditer(r'x*', s)])
print([m.span() for m in re.finditer(r'\b|x*', s)])
print(re.split(r'x*', s))
print(re.findall(r'(?=\U0001F600)|b', s))
print(re.findall(r'\U0001F600*', s + '\U0001F600\U0001F600'))
print(re.findall(r'.', s), re.findall(r'.?', s))
