def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e


lookup({}, "missing")
