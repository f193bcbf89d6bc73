# json.loads of a large document (about 20 MB), then a pass over what it built.
import json
import sys

with open(sys.argv[1]) as f:
    text = f.read()
doc = json.loads(text)
active = sum(1 for r in doc["records"] if r["active"])
print(len(doc["records"]), active, doc["records"][-1]["address"]["city"])
