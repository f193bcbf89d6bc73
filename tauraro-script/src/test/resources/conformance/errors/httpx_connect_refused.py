# An uncaught httpx error ends the script with httpx's exception class and message.
import httpx

print("before")
httpx.get("http://127.0.0.1:1/")
print("not reached")
