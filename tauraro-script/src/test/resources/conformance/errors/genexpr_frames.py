# An error inside a generator expression: its <genexpr> frame between the consumer and the source.
def source():
    yield 2
    yield 0


def ratio(values):
    return sum(10 // v for v in values if v is not None)


print(ratio([5, 1]))
print(ratio(source()))
