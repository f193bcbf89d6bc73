# slices compare as their (start, stop, step) tuples (CPython's slice_richcompare)
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "-> TypeError", e)

attempt("eq", lambda: slice(1, 2) == slice(1, 2))
attempt("eq float", lambda: slice(1, 2) == slice(1.0, 2))
attempt("eq step", lambda: slice(1, 2) == slice(1, 2, 1))
attempt("ne", lambda: slice(1, 2) != slice(1, 2, None))
attempt("eq tuple", lambda: slice(1) == (None, 1, None))
attempt("in list", lambda: slice(0, 3.0) in [slice(0, 3)])
attempt("lt", lambda: slice(1, 2) < slice(1, 3))
attempt("le", lambda: slice(1, 2) <= slice(1, 2))
attempt("gt", lambda: slice(2) > slice(1))
attempt("ge", lambda: slice(0, 1) >= slice(0, 1))
attempt("lt step", lambda: slice(1, 2, 3) < slice(1, 2, 4))
attempt("sorted", lambda: sorted([slice(3, 4), slice(1, 5), slice(1, 2)]))
attempt("max", lambda: max(slice(1), slice(2)))
attempt("lt int", lambda: slice(1) < 3)
attempt("lt mixed", lambda: slice(1, 'a') < slice(1, 2))
attempt("lt none", lambda: slice(1) < slice(1, 2))
attempt("lt nan", lambda: slice(float('nan')) < slice(float('nan')))
