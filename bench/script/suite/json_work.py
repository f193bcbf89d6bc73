# JSON: encoding and decoding nested documents (dicts, lists, strings, numbers, booleans, null).
import json

docs = [{"id": i, "name": "item %d" % i, "tags": ["t%d" % (i % 7), "x", "y"], "price": i * 1.25,
         "stock": {"warehouse": i % 13, "shelf": [i % 3, i % 5]}, "active": i % 2 == 0, "note": None}
        for i in range(4000)]
total = 0
for _ in range(18):
    text = json.dumps(docs)
    back = json.loads(text)
    total += len(text) + sum(d["stock"]["warehouse"] for d in back)
    pretty = json.dumps(back[:200], indent=2, sort_keys=True)
    total += len(json.loads(pretty))
print(total)
