import heapq
import random

r = random.Random(7)
data = [r.randrange(20) for _ in range(40)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(10)])
print(h)
g = list(data)
heapq.heapify(g)
print(g)
print(heapq.heapreplace(g, 5), g[:8])
print(heapq.heappushpop(g, -1), heapq.heappushpop(g, 100), g[:8])
pairs = [(x % 5, i) for i, x in enumerate(data)]
heapq.heapify(pairs)
print(pairs[:10])
print(heapq.nsmallest(5, data), heapq.nlargest(5, data))
words = ["bb", "a", "ccc", "dd", "e", "fff", "gg"]
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len))
print(heapq.nsmallest(0, data), heapq.nlargest(100, [3, 1, 2]), heapq.nsmallest(2, iter([5, 4, 3])))
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
print(list(heapq.merge()))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError", e)
try:
    heapq.heappush((), 1)
except TypeError as e:
    print("TypeError", e)
class Task:
    def __init__(self, p, name):
        self.p = p
        self.name = name
    def __lt__(self, other):
        return self.p < other.p
tasks = []
for i, p in enumerate([3, 1, 3, 2, 1, 3]):
    heapq.heappush(tasks, Task(p, "t%d" % i))
print([heapq.heappop(tasks).name for _ in range(6)])
