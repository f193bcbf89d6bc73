# String building: f-strings, %-formatting, str.format, join, split, replace, slicing and methods.
lines = []
for i in range(250_000):
    name = f"user{i:06d}"
    lines.append(f"{name},{i * 3 % 97},{'active' if i % 3 else 'idle'},{i / 7:.3f}")
text = "\n".join(lines)
count = 0
size = 0
for line in text.split("\n"):
    name, score, state, ratio = line.split(",")
    if state == "active" and name.endswith("7"):
        count += 1
    size += len("%s=%s (%s)" % (name.upper(), score, ratio)) + len("{0}:{1}".format(state, name[-3:]))
report = text.replace("idle", "IDLE").count("IDLE")
words = " ".join(line[:8] for line in lines[:20000]).title().split()
print(count, size, report, len(words), words[-1])
