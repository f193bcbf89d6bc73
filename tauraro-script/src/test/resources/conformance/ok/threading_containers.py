# Built-in containers stay consistent when threads switch in the middle of updating them:
# 8 threads each append 1000 items to one list and update one dict.
import threading

shared = []
totals = {}
counts = {}

def work(tid):
    for i in range(1000):
        shared.append((tid, i))
        totals[tid] = totals.get(tid, 0) + i
        counts[i % 10] = counts.get(i % 10, 0)
        counts.setdefault("keys", set()).add(i % 7)

threads = [threading.Thread(target=work, args=(t,)) for t in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(len(shared), len(set(shared)))
print(sorted(totals.items()))
print(sum(totals.values()), sorted(counts["keys"]))
per_thread = [sorted(i for (t, i) in shared if t == tid) == list(range(1000)) for tid in range(8)]
print(all(per_thread))
# each thread's own items are in its order, whatever the interleaving
print(all([i for (t, i) in shared if t == tid] == list(range(1000)) for tid in range(8)))

# a dict and a set mutated by several threads at once, one key each
marks = {}
seen = set()
def mark(tid):
    for i in range(500):
        marks[(tid, i)] = i
        seen.add(tid * 1000 + i)
        if i % 2:
            del marks[(tid, i)]

ts = [threading.Thread(target=mark, args=(t,)) for t in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(marks), len(seen), sum(marks.values()))
