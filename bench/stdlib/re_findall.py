# re.findall over a web server log: the client addresses, and the method, path and status of each request.
import re
import sys

with open(sys.argv[1]) as f:
    text = f.read()
ips = re.findall(r"^(\d+\.\d+\.\d+\.\d+) ", text, re.MULTILINE)
requests = re.findall(r'"([A-Z]+) (/[^ ?"]*)[^"]*" (\d{3}) ', text)
errors = sum(1 for _, _, status in requests if status[0] == "5")
print(len(ips), len(set(ips)), len(requests), errors, requests[-1])
