# CPython switches threads every sys.getswitchinterval() seconds, so a busy-waiting thread
# cannot starve the thread it waits for, and CPU-bound threads all make progress.
import sys
import threading

print(sys.getswitchinterval())

done = False
def setter():
    global done
    done = True

t = threading.Thread(target=setter)
t.start()
spins = 0
while not done:
    spins += 1
t.join()
print("flag seen", done)

# a thread busy-waits on the main thread, which is itself computing
ready = False
seen = []
def waiter():
    while not ready:
        pass
    seen.append("ready")

w = threading.Thread(target=waiter)
w.start()
total = 0
for i in range(200000):
    total += i
ready = True
w.join()
print(total, seen)

# two CPU-bound threads: neither can finish unless the other one also runs
counts = [0, 0]
def spin(me):
    while min(counts) < 1000:
        counts[me] += 1

spinners = [threading.Thread(target=spin, args=(i,)) for i in range(2)]
for s in spinners:
    s.start()
for s in spinners:
    s.join()
print("both progressed", min(counts) >= 1000)

sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print(e)
