# Setting or deleting a built-in value's attribute: read-only members, methods, missing names
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)
for o in [slice(1), range(2), 1j]:
    for name in ["start", "stop", "step", "real", "imag", "indices", "count", "conjugate", "foo"]:
        if hasattr(o, name) or name == "foo":
            attempt(type(o).__name__ + " set " + name, lambda: setattr(o, name, 1))
            attempt(type(o).__name__ + " del " + name, lambda: delattr(o, name))
attempt("list append", lambda: setattr([], "append", 1))
attempt("list del append", lambda: delattr([], "append"))
