# Generators: pipelines of generator functions, yield from, generator expressions and itertools-free
# chaining.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def squares(source):
    for x in source:
        yield x * x


def chunks(source, size):
    chunk = []
    for x in source:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(nested):
    for part in nested:
        yield from part


total = 0
for _ in range(5):
    total += sum(squares(evens(numbers(300_000))))
    total += sum(len(c) for c in chunks(numbers(200_000), 7))
    total += sum(flatten(chunks(numbers(200_000), 13)))
    total += max(x % 1009 for x in numbers(200_000))
print(total)
