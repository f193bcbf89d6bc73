# An exception in a thread is printed by threading.excepthook; the main thread goes on,
# and its own uncaught exception ends the program with exit code 1.
import threading


def divide(a, b):
    return a / b


def work():
    divide(1, 0)


t = threading.Thread(target=work)
t.start()
t.join()
print("main continues", t.is_alive())
lock = threading.Lock()
lock.release()
