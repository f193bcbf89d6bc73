# time.process_time counts the process's CPU time: it grows with work.
import time

t0 = time.process_time()
n0 = time.process_time_ns()
print(type(t0).__name__, type(n0).__name__, t0 > 0, n0 > 0)

total = 0
for i in range(3_000_000):   # a fixed amount of work: a tenth of a second or more of CPU
    total += i % 7
t1 = time.process_time()
print("grew with work", t1 - t0 > 0.05)

# (how little a sleep costs is not checked: the JUnit runner shares the JVM, whose other threads count)
a = time.process_time_ns()
b = time.process_time()
print("same clock", abs(b - a / 1e9) < 0.2, time.process_time_ns() >= a)
