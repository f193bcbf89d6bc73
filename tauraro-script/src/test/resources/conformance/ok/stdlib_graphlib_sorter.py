# graphlib: static_order, the get_ready/done protocol, cycles (CycleError's args), misuse errors
import graphlib
from graphlib import CycleError, TopologicalSorter

print(graphlib.__all__, CycleError.__mro__)

graphs = [
    {"D": ["B", "C"], "C": ["A"], "B": ["A"]},
    {2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]},
    {1: [], 2: [], 3: [1, 2], 4: [3, 3], 0: [4]},
    {"a": "xyz", "b": "x"},
    {},
    {(1, 2): [frozenset({1})], None: [(1, 2)], 0.5: [None]},
]
for graph in graphs:
    print(list(TopologicalSorter(graph).static_order()))

# add() with duplicates and repeated nodes; groups as get_ready hands them out
ts = TopologicalSorter()
ts.add("shirt", "undershirt")
ts.add("tie", "shirt", "shirt")
ts.add("jacket", "tie", "belt")
ts.add("belt", "trousers", "shirt")
ts.add("shoes", "trousers", "socks")
ts.add("watch")
ts.add("shirt")
ts.prepare()
rounds = []
while ts.is_active():
    ready = ts.get_ready()
    rounds.append(ready)
    print(bool(ts), ready, ts.get_ready())
    for node in ready:
        ts.done(node)
print(len(rounds), bool(ts), ts.get_ready())

# done() may take several nodes and be called in any order of the ready ones
ts = TopologicalSorter({"c": ["a", "b"], "d": ["b"], "e": ["c", "d"]})
ts.prepare()
first = ts.get_ready()
print(first)
ts.done("b")
print(ts.get_ready(), ts.is_active())
ts.done("d", "a")
print(ts.get_ready())
ts.done("c")
print(ts.get_ready())
ts.done("e")
print(ts.is_active(), ts.get_ready())

# cycles: the first one found walking from the nodes in the order they were first seen
for graph in ({1: [2], 2: [3], 3: [1]}, {1: [1]}, {"a": ["b"], "b": ["c"], "c": ["b"]},
              {0: [1], 1: [2, 3], 3: [4], 4: [1], 2: [0]}, {"x": ["y"], "y": ["x"], "z": ["x"]}):
    try:
        TopologicalSorter(graph).prepare()
    except CycleError as e:
        print(repr(e), e.args[1], str(e), isinstance(e, ValueError))
try:
    list(TopologicalSorter({"p": ["q"], "q": ["p"]}).static_order())
except CycleError as e:
    print("static_order:", e.args)

# misuse
ts = TopologicalSorter()
for attempt in (ts.get_ready, ts.is_active, lambda: ts.done(1), lambda: bool(ts)):
    try:
        attempt()
    except ValueError as e:
        print("ValueError:", e)
ts.add(1, 2)
ts.add(3, 2)
ts.prepare()
for attempt in (ts.prepare, lambda: ts.add(3), lambda: ts.done(9), lambda: ts.done(1), lambda: ts.done("2")):
    try:
        attempt()
    except ValueError as e:
        print("ValueError:", e)
print(ts.get_ready())
ts.done(2)
try:
    ts.done(2)
except ValueError as e:
    print("ValueError:", e)
try:
    ts.done(1, 3, 1)
except ValueError as e:
    print("ValueError:", e, ts.is_active())
try:
    TopologicalSorter().add([1])
except TypeError as e:
    print("TypeError:", e)
try:
    TopologicalSorter().add(1, {})
except TypeError as e:
    print("TypeError:", e)
s = TopologicalSorter()
s.add("only")
print(list(s.static_order()))
try:
    list(s.static_order())
except ValueError as e:
    print("ValueError:", e)
print(TopologicalSorter[str] is not None)

# generated graphs (a linear congruential generator, the same under any interpreter): the order, or the cycle
seed = 12345


def draw(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed % n


for trial in range(40):
    size = 2 + draw(9)
    graph = {}
    for _ in range(draw(size + 2)):
        node = draw(size)
        graph[node] = [(node + 1 + draw(size - 1)) % size for _ in range(draw(4))]  # no self-loops
    try:
        print(trial, list(TopologicalSorter(graph).static_order()))
    except CycleError as e:
        print(trial, "cycle", e.args[1])
