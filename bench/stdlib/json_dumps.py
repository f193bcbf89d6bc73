# json.dumps of a large document (about 20 MB), compact and indented: loaded once, written three times.
import json
import sys

with open(sys.argv[1]) as f:
    text = f.read()
doc = json.loads(text)
compact = json.dumps(doc)
pretty = json.dumps(doc, indent=2, ensure_ascii=False)
keyed = json.dumps(doc, sort_keys=True, separators=(",", ":"))
print(len(compact), len(pretty), len(keyed), compact == text)
