# A group with a cause and notes, whose members carry notes and multi-line messages.
def boom(i):
    raise ValueError(f"line one {i}\nline two")


errs = []
for i in range(2):
    try:
        boom(i)
    except ValueError as e:
        errs.append(e)
try:
    raise KeyError("root")
except KeyError as k:
    g = ExceptionGroup("many", errs + [ExceptionGroup("nested", [TypeError("t")])])
    g.add_note("group note")
    errs[0].add_note("member note")
    raise g from k
