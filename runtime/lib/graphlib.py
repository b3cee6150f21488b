"""Topological sorting of a graph given as node -> predecessors (TopologicalSorter)."""

__all__ = ['TopologicalSorter', 'CycleError']

# npredecessors also records where a node is once it became ready.
_PASSED_OUT = -1
_DONE = -2


class _Node:
    __slots__ = ('node', 'npredecessors', 'successors')

    def __init__(self, node):
        self.node = node
        self.npredecessors = 0
        self.successors = []


class CycleError(ValueError):
    """Raised by prepare(): args[1] is a path of nodes that ends where it starts."""


class TopologicalSorter:
    """Orders nodes so that each comes after its predecessors."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        """Adds node, after all of predecessors (which are added too)."""
        if self._ready is not None:
            raise ValueError('Nodes cannot be added after a call to prepare()')
        info = self._info(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Freezes the graph; raises CycleError if it has a cycle."""
        if self._ready is not None:
            raise ValueError('cannot prepare() more than once')
        self._ready = [i.node for i in self._nodes.values() if i.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError('nodes are in a cycle', cycle)

    def get_ready(self):
        """The nodes whose predecessors are all done (each returned once)."""
        if self._ready is None:
            raise ValueError('prepare() must be called first')
        result = tuple(self._ready)
        for node in result:
            self._nodes[node].npredecessors = _PASSED_OUT
        self._ready.clear()
        self._npassedout += len(result)
        return result

    def is_active(self):
        if self._ready is None:
            raise ValueError('prepare() must be called first')
        return self._nfinished < self._npassedout or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Marks nodes (returned by get_ready) as processed."""
        if self._ready is None:
            raise ValueError('prepare() must be called first')
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError('node %r was not added using add()' % (node,))
            state = info.npredecessors
            if state != _PASSED_OUT:
                if state >= 0:
                    raise ValueError('node %r was not passed out (still not ready)' % (node,))
                if state == _DONE:
                    raise ValueError('node %r was already marked done' % (node,))
            info.npredecessors = _DONE
            for successor in info.successors:
                succ = self._nodes[successor]
                succ.npredecessors -= 1
                if succ.npredecessors == 0:
                    self._ready.append(successor)
            self._nfinished += 1

    def _find_cycle(self):
        # Depth-first along successors; meeting a node on the current path is a cycle.
        seen = set()
        for root in self._nodes:
            if root in seen:
                continue
            path = [root]
            position = {root: 0}
            seen.add(root)
            iterators = [iter(self._nodes[root].successors)]
            while iterators:
                for node in iterators[-1]:
                    if node in position:
                        return path[position[node]:] + [node]
                    if node in seen:
                        continue
                    seen.add(node)
                    position[node] = len(path)
                    path.append(node)
                    iterators.append(iter(self._nodes[node].successors))
                    break
                else:
                    del position[path.pop()]
                    iterators.pop()
        return None

    def static_order(self):
        """All the nodes in one valid order."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    def __class_getitem__(cls, item):
        return cls
