# The interpreter waits for non-daemon threads at exit; daemon threads do not keep it alive.
import threading
import time

main_done = threading.Event()

def late():
    # waits for the main body's last line, so the order of the two prints never depends on timing
    main_done.wait()
    time.sleep(0.05)
    print("non-daemon thread finished after main")

never = threading.Event()
def forever():
    never.wait()
    print("never printed")

threading.Thread(target=forever, daemon=True).start()
threading.Thread(target=late).start()
print("main body done")
main_done.set()
