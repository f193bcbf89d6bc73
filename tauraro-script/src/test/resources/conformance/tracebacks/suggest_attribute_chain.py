# Each AttributeError of a chain gets its own "Did you mean" (dir() of the object), a module's too.
import collections


class Config:
    def __init__(self):
        self.timeout = 3
        self.retries = 2


def load():
    try:
        return Config().timeot
    except AttributeError as e:
        print("caught:", e, "| name:", e.name, "| obj:", type(e.obj).__name__)
        return collections.OrderDict()


load()
