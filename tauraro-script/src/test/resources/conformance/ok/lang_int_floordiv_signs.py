# floor division, modulo and divmod of ints of every size and sign pairing (the big-int path takes a shortcut when the signs agree)
vals = [0, 1, -1, 7, -7, 2**64, -2**64, 2**64 + 3, -(2**64 + 3), 3**90, -(3**90), 2**127 - 1, -2**127]
out = []
for a in vals:
    for b in vals:
        if b:
            out.append((a // b, a % b, divmod(a, b)))
print(len(out), out[:5], out[-5:])
print(sum(q for q, r, d in out), sum(r for q, r, d in out))
