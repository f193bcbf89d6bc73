# __str__ returning a non-string also prints <exception str() failed>.
class E(Exception):
    def __str__(self):
        return 42


try:
    str(E())
except TypeError as err:
    print(err)
raise E("y")
