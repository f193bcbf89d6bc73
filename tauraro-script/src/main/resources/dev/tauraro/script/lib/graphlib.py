"""graphlib: topological sorting of a graph of hashable nodes, written from the module's documentation
and the orders CPython 3.11 was observed to produce.

Each node keeps its successors (the nodes that named it as a predecessor) in the order they were
added, and the count of its predecessors not yet done: -1 once get_ready() passed it out, -2 once
done. Nodes become ready in the order their last predecessor was marked done, and a cycle is
reported as the first one a depth-first walk along successors meets, taking nodes in the order
they were first seen.
"""

__all__ = ["TopologicalSorter", "CycleError"]

_OUT = -1   # passed out by get_ready(), not yet done
_DONE = -2


class CycleError(ValueError):
    """Raised by prepare() (and static_order()) when the graph has a cycle; args[1] is the cycle as a
    list of nodes whose first and last are the same, each node a predecessor of the next."""


class _Node:
    __slots__ = ("node", "waiting", "successors")

    def __init__(self, node):
        self.node = node
        self.waiting = 0        # predecessors not yet done, or _OUT / _DONE
        self.successors = []


class TopologicalSorter:
    """Sorts the nodes of a graph (a mapping of node -> iterable of its predecessors, and add()) so
    that every node comes after its predecessors; get_ready()/done() let the work run in parallel."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None      # None until prepare()
        self._passed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        """Adds node, and each predecessor as a node that must come before it."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.waiting += len(predecessors)
        for predecessor in predecessors:
            self._info(predecessor).successors.append(node)

    def prepare(self):
        """Ends the graph: finds the nodes without predecessors; raises CycleError for a cycle."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [info.node for info in self._nodes.values() if info.waiting == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """A tuple of the nodes whose predecessors are all done and that were not returned before."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        ready = tuple(self._ready)
        for node in ready:
            self._nodes[node].waiting = _OUT
        self._ready.clear()
        self._passed_out += len(ready)
        return ready

    def is_active(self):
        """Whether more nodes can become ready: some are ready, or passed out and not yet done."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._passed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Marks nodes (each returned by get_ready()) as processed, readying the successors they freed."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if info.waiting != _OUT:
                if info.waiting == _DONE:
                    raise ValueError(f"node {node!r} was already marked done")
                raise ValueError(f"node {node!r} was not passed out (still not ready)")
            info.waiting = _DONE
            for successor in info.successors:
                successor_info = self._nodes[successor]
                successor_info.waiting -= 1
                if successor_info.waiting == 0:
                    self._ready.append(successor)
            self._finished += 1

    def _find_cycle(self):
        """The first cycle a depth-first walk along successors finds, as [a, ..., a], or None."""
        visited = set()
        for start in self._nodes:
            if start in visited:
                continue
            # path: the nodes of the current walk; position: node -> its index in path;
            # pending: for each node of path, an iterator over its successors not yet walked
            visited.add(start)
            path = [start]
            position = {start: 0}
            pending = [iter(self._nodes[start].successors)]
            while pending:
                successor = next(pending[-1], _END)
                if successor is _END:
                    del position[path.pop()]
                    pending.pop()
                elif successor in position:
                    return path[position[successor]:] + [successor]
                elif successor not in visited:
                    visited.add(successor)
                    position[successor] = len(path)
                    path.append(successor)
                    pending.append(iter(self._nodes[successor].successors))
        return None

    def static_order(self):
        """An iterator over all the nodes in a topological order (prepare() is called first)."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    def __class_getitem__(cls, item):
        # TopologicalSorter[str] in annotations; the class itself, as list[int] is here (no GenericAlias)
        return cls


_END = object()  # no more successors
