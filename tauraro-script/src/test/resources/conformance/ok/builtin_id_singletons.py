# True, False and None are single objects: one id each, distinct from each other, from every int
# (1 == True but 1 is not True) and from other objects; deepcopy's memo finds them by that id.
import copy

ids = [id(True), id(False), id(None), id(1), id(0), id(1.0), id(object)]
print(len(set(ids)) == len(ids), id(True) == id(1 == 1), id(None) == id(print(end="")), id(False) == id(not 1))
one = 1
print(id(True) != id(1), id(False) != id(0), True is not one, (1 == one) is True)
print(copy.deepcopy(True, {id(True): "memo says"}), copy.deepcopy(None, {id(None): "memo none"}),
      copy.deepcopy(False, {id(True): "not me"}), copy.deepcopy([True, None, False], {id(False): 0}))
d = {id(True): "t", id(False): "f", id(None): "n", id(1): "one"}
print(d[id(True)], d[id(0 < 1)], d[id(None)], d[id(1)], len(d))
