# Writes transcript.jsonl: CPython 3.11's results (see probe.py) for generated patterns, flags and
# subjects. Run once, from this directory, with the oracle:  /usr/bin/python3 record.py
# The generator is seeded, so running it again writes the same file.
import random
import re
import warnings

import probe

rng = random.Random(20261204)
LETTERS = "abcxyz"
SUBJECT = "abcxyzAB01 _-\n.é"
CLASSES = ["[a-c]", "[^ab]", "[xyz0-9]", "[-a]", "[.\\n]", "[\\w-]", "[^\\s]", "[A-Za]", "[é1]"]
ESCAPES = ["\\d", "\\w", "\\s", "\\D", "\\W", "\\S", "\\b", "\\B", "\\A", "\\Z", "\\.", "\\-", "\\n", "\\x41", "\\u00e9"]


def atom(depth, groups):
    k = rng.randrange(16 if depth < 3 else 9)
    if k < 4:
        return rng.choice(LETTERS)
    if k == 4:
        return rng.choice(CLASSES)
    if k == 5:
        return rng.choice(ESCAPES)
    if k == 6 or k == 8:
        return rng.choice([".", "^", "$", " ", "a"])
    if k == 7 and groups[0] > 0:
        n = rng.randrange(1, groups[0] + 1)
        return rng.choice(["\\%d" % n, "(?P=g%d)" % n if n in groups[1] else "\\%d" % n])
    if k == 8 and rng.random() < 0.25:
        return rng.choice(["(", ")", "[", "*", "?", "{2", "\\", "(?<", "(?P<1>", "\\9"])  # syntax errors on purpose
    inner = seq(depth + 1, groups)
    kind = rng.randrange(9)
    if kind < 3:
        groups[0] += 1
        return "(" + inner + ")"
    if kind == 3:
        groups[0] += 1
        groups[1].add(groups[0])
        return "(?P<g%d>" % groups[0] + inner + ")"
    if kind == 4:
        return "(?:" + inner + ")"
    if kind == 5:
        return rng.choice(["(?=", "(?!"]) + inner + ")"
    if kind == 6:
        return rng.choice(["(?<=", "(?<!"]) + rng.choice(["a", "b", "ab", "\\d", "[xy]"]) + ")"
    if kind == 7:
        return "(?" + rng.choice(["i", "s", "m", "x", "a", "-i", "i-s"]) + ":" + inner + ")"
    return "(?:" + inner + "|" + seq(depth + 1, groups) + ")"


def seq(depth, groups):
    out = []
    for _ in range(rng.randrange(1, 4)):
        a = atom(depth, groups)
        if rng.random() < 0.35 and a not in ("^", "$", "\\b", "\\B", "\\A", "\\Z"):
            a += rng.choice(["*", "+", "?", "{2}", "{1,3}", "{,2}", "*?", "+?", "??", "{2,}?", "*+", "++"])
        out.append(a)
    return "".join(out)


def pattern():
    groups = [0, set()]
    p = seq(0, groups)
    if rng.random() < 0.2:
        p += "|" + seq(0, groups)
    if rng.random() < 0.1:
        p = "(?" + rng.choice(["i", "m", "s", "x", "ms"]) + ")" + p
    return p


FLAGS = [0, 0, 0, re.I, re.M, re.S, re.X, re.A, re.I | re.M, re.M | re.S]

warnings.simplefilter("ignore")  # FutureWarning about possible nested sets: not what is compared
with open("transcript.jsonl", "w") as out:
    for _ in range(2500):
        p = pattern()
        subject = "".join(rng.choice(SUBJECT) for _ in range(rng.randrange(0, 14)))
        out.write(probe.line(p, rng.choice(FLAGS), subject) + "\n")
