# Markers under method calls as CPython 3.11 draws them: a method the object lacks marks `obj.name`
# only; a method that raises, or a call given the wrong arguments, marks the whole call. Each case
# fails in its own function; the errors are chained as causes so all are printed.
class Box:
    def __init__(self, items):
        self.items = items

    def first(self):
        return self.items[0]


def missing_on_instance():
    b = Box([1])
    return b.last() + 1


def missing_on_list():
    groups = {}
    groups.setdefault("k", 0).append(1)


def missing_in_chain():
    value = Box([Box([])]).first().items.push(2)


def raising_method():
    result = Box([]).first()


def wrong_arguments():
    items = [3, 1]
    items.append()


def dict_pop_missing():
    found = {"a": 1}.pop("b")


cases = [missing_on_instance, missing_on_list, missing_in_chain, raising_method, wrong_arguments, dict_pop_missing]
previous = None
for case in cases:
    try:
        case()
    except Exception as e:
        e.__cause__ = previous
        previous = e
print("start")
raise previous
