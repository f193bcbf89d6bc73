# Reads a text file line by line and counts its words in a dict.
import sys

counts = {}
lines = 0
with open(sys.argv[1]) as f:
    for line in f:
        lines += 1
        for word in line.split():
            counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(lines, len(counts), sum(counts.values()), top)
