# "=" for "==" in a condition: CPython marks the name, the "=" and the value, and offers == or :=
limit = 3
for n in range(5):
    if n = limit:
        print(n)
