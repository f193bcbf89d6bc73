# A custom group type, __str__ of members, BaseExceptionGroup with a KeyboardInterrupt.
class MyGroup(ExceptionGroup):
    pass


try:
    raise MyGroup("mine", [ValueError(1), MyGroup("sub", [KeyError("k")])])
except* KeyError as e:
    print(type(e).__name__, repr(e))
raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v")])
