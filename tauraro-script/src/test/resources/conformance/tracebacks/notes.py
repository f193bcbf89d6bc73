# add_note, __notes__ and how tracebacks print them.
e = ValueError("x")
e.add_note("first note")
e.add_note("second\nmultiline note")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as t:
    print("TypeError:", t)
class Custom(Exception):
    pass
c = Custom("c")
print(hasattr(c, "__notes__"))
c.__notes__ = "not a list"
try:
    c.add_note("n")
except TypeError as t:
    print("TypeError:", t)
try:
    raise e
except ValueError as caught:
    print(caught.__notes__)
def inner():
    try:
        1 / 0
    except ZeroDivisionError as z:
        z.add_note("dividing")
        raise
try:
    inner()
except ZeroDivisionError as z:
    print(z.__notes__)
raise e
