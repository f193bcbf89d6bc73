# Writes the inputs of bench/stdlib/compare.sh into the directory given: access.log (a web server
# log of about 20 MB), words.txt (about 200 MB of prose-like lines) and doc.json (a document of
# about 20 MB). A fixed seed makes the files, and so every workload's checksum, the same each time.
import json
import os
import random
import sys

out = sys.argv[1]
scale = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
rng = random.Random(12)
mb = 1 << 20

paths = ["/", "/index.html", "/api/v1/users", "/api/v1/orders", "/static/app.js", "/static/style.css",
         "/login", "/logout", "/search", "/images/logo.png", "/api/v2/items", "/health"]
methods = ["GET", "GET", "GET", "POST", "PUT", "DELETE"]
agents = ["Mozilla/5.0 (X11; Linux x86_64)", "curl/8.5.0", "python-requests/2.31", "Wget/1.21"]
statuses = [200, 200, 200, 200, 301, 304, 404, 500]
with open(os.path.join(out, "access.log"), "w") as f:
    size = 0
    while size < 20 * mb * scale:
        line = '%d.%d.%d.%d - user%d [04/Dec/2026:%02d:%02d:%02d +0000] "%s %s?id=%d HTTP/1.1" %d %d "%s" %.3f\n' % (
            rng.randrange(1, 255), rng.randrange(256), rng.randrange(256), rng.randrange(256), rng.randrange(500),
            rng.randrange(24), rng.randrange(60), rng.randrange(60), rng.choice(methods), rng.choice(paths),
            rng.randrange(100000), rng.choice(statuses), rng.randrange(100, 90000), rng.choice(agents),
            rng.random() * 2)
        f.write(line)
        size += len(line)

vocabulary = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randrange(2, 11)))
              for _ in range(20000)]
weights = [1.0 / (i + 1) for i in range(len(vocabulary))]  # Zipf-like, as words in real text
with open(os.path.join(out, "words.txt"), "w") as f:
    size = 0
    while size < 200 * mb * scale:
        words = rng.choices(vocabulary, weights, k=5000)
        block = []
        i = 0
        while i < len(words):
            n = rng.randrange(4, 16)
            block.append(" ".join(words[i:i + n]).capitalize() + ".\n")
            i += n
        text = "".join(block)
        f.write(text)
        size += len(text)

records = []
size = 0
i = 0
while size < 20 * mb * scale:
    r = {"id": i, "name": rng.choice(vocabulary).title() + " " + rng.choice(vocabulary).title(),
         "email": "%s@example.%s" % (rng.choice(vocabulary), rng.choice(["com", "org", "net"])),
         "active": rng.random() < 0.7, "score": round(rng.random() * 100, 3), "balance": rng.randrange(-5000, 100000),
         "tags": rng.sample(vocabulary[:200], rng.randrange(0, 5)), "manager": None if i % 3 else i // 3,
         "address": {"street": "%d %s St" % (rng.randrange(1, 999), rng.choice(vocabulary).title()),
                     "city": rng.choice(["Lagos", "Kano", "Abuja", "Zürich", "São Paulo", "東京"]),
                     "zip": "%05d" % rng.randrange(100000)},
         "note": rng.choice(["", "tab\there", "quote \" inside", "line\nbreak", "émoji 🎉", "plain text"])}
    records.append(r)
    size += len(json.dumps(r)) + 2
    i += 1
with open(os.path.join(out, "doc.json"), "w") as f:
    json.dump({"version": 3, "records": records}, f)
