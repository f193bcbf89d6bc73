# time.time(), time.monotonic() and time.perf_counter() only compared as booleans.
import time

t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
print(type(t0).__name__, t0 > 1_600_000_000)
total = 0
for i in range(10000):
    total += i
t1 = time.time()
m1 = time.monotonic()
p1 = time.perf_counter()
print(total, t1 >= t0, m1 >= m0, p1 >= p0)
time.sleep(0.01)
m2 = time.monotonic()
print("slept at least 10ms:", m2 - m1 >= 0.009)
print("elapsed under a minute:", time.time() - t0 < 60)
later = time.time()
print("time.time() is monotonic enough here:", later >= t0, later - t0 >= 0.009)
