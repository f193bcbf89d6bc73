# The interpreter waits for non-daemon threads at exit; daemon threads do not keep it alive.
import threading
import time

def late():
    time.sleep(0.05)
    print("non-daemon thread finished after main")

never = threading.Event()
def forever():
    never.wait()
    print("never printed")

threading.Thread(target=forever, daemon=True).start()
threading.Thread(target=late).start()
print("main body done")
