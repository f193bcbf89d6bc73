# re.sub over a web server log: user names masked with a template, then ids renumbered by a function.
import re
import sys

with open(sys.argv[1]) as f:
    text = f.read()
masked = re.sub(r" - user(\d+) \[", r" - u\1x [", text)
shifted = re.sub(r"\?id=(\d+)", lambda m: "?id=" + str(int(m.group(1)) + 1), masked)
print(len(masked), len(shifted), shifted[-80:].strip())
