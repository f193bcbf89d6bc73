# Nothing close enough: no suggestion; a user-made AttributeError without obj has none either.
class Point:
    x = 0
    y = 0


try:
    Point().colour
except AttributeError as e:
    print(e, e.obj is not None)
try:
    raise AttributeError("custom", name="xx")
except AttributeError as e:
    print(e, e.name, e.obj)
raise AttributeError("made by hand", name="x_", obj=Point())
