# Notes of a group follow its split parts; an unhandled part prints them.
try:
    g = ExceptionGroup("g", [ValueError(1), KeyError(2)])
    g.add_note("group note")
    raise g
except* ValueError as eg:
    print(eg.__notes__, eg.__notes__ is g.__notes__)
