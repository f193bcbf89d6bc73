# Nested exception groups with raised members, notes and a chained member, left unhandled.
def fail(n):
    raise ValueError(f"bad {n}")


def collect():
    errors = []
    for i in range(3):
        try:
            fail(i)
        except ValueError as e:
            e.add_note(f"while handling item {i}")
            errors.append(e)
    try:
        {}["missing"]
    except KeyError as k:
        try:
            raise RuntimeError("lookup failed") from k
        except RuntimeError as r:
            errors.append(r)
    inner = ExceptionGroup("inner", [TypeError("t"), OSError(2, "No such file", "f.txt")])
    errors.append(inner)
    return errors


print("start")
try:
    raise ExceptionGroup("outer", collect())
except* TypeError as eg:
    print("handled", [type(e).__name__ for e in eg.exceptions])
