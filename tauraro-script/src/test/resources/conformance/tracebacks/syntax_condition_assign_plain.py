# "=" after a comparison: no hint, the "=" alone is marked
x = y = 1
if x == 1 and y = 2:
    pass
