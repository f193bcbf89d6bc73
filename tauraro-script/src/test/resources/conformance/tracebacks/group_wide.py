# More members than max_group_width and nesting deeper than max_group_depth.
def deep(n):
    if n == 0:
        return ValueError("leaf")
    return ExceptionGroup(f"level {n}", [deep(n - 1)])


members = [IndexError(i) for i in range(17)] + [deep(12)]
raise ExceptionGroup("wide", members)
