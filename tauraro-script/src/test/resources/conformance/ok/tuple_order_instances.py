class K:
    def __init__(s, v): s.v = v
    def __lt__(s, o): return s.v < o.v
    def __eq__(s, o): return s.v == o.v
print([K(1), 2] < [K(2), 1], (K(1),) < (K(2),), sorted([(K(2), 'b'), (K(1), 'a')])[0][1])
class M:
    def __init__(s, v): s.v = v
    def __lt__(s, o): return s.v < o.v
print([M(1)] < [M(2)])
