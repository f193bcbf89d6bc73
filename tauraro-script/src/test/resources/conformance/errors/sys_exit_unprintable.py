# sys.exit with a code whose str() raises: nothing is printed and the exit status is 1.
class C:
    def __str__(self):
        raise ValueError("no")
import sys
sys.exit(C())
