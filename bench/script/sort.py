# Sorting workload: floats, ints, strs and tuples, with a key and reversed, three rounds.
import random

r = random.Random(1)
data = [r.random() for _ in range(300000)]
ints = [r.randrange(10**6) for _ in range(300000)]
strs = [str(r.random()) for _ in range(200000)]
recs = [(r.randrange(100), r.random()) for _ in range(100000)]
check = 0
for _ in range(3):
    check += sorted(data)[1000] > 0
    check += sorted(ints)[-1]
    check += len(sorted(strs)[7])
    check += sorted(recs)[500][0]
    check += sorted(ints, key=lambda x: -x)[0]
    check += sorted(data, reverse=True)[0] > 0
print(check)
