# User __getattribute__ (with the __getattr__ fallback on AttributeError), object.__getattribute__,
# and __getattr__ only for missing attributes.


class Logged:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"{name} is hidden")
        value = object.__getattribute__(self, name)
        if isinstance(value, int):
            return value * 100
        return value

    def __getattr__(self, name):
        return f"fallback:{name}"

    def method(self):
        return "method"


g = Logged()
print(g.x, g.method(), g.secret_key, g.nothing)
print(getattr(g, "x"), hasattr(g, "anything"))


class Strict:
    def __getattribute__(self, name):
        if name == "forbidden":
            raise AttributeError("forbidden is forbidden")
        return super().__getattribute__(name)


s = Strict()
s.ok = "fine"
print(s.ok)
try:
    s.forbidden
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(s, "forbidden"), getattr(s, "forbidden", "default"))
try:
    s.absent
except AttributeError as e:
    print("AttributeError:", e)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattr__(self, name):
        return getattr(object.__getattribute__(self, "_target"), name)

    def __setattr__(self, name, value):
        setattr(self._target, name, value)


class Target:
    def __init__(self):
        self.value = 3

    def double(self):
        return self.value * 2


tgt = Target()
px = Proxy(tgt)
px.value = 21
print(px.double(), tgt.value, "_target" in vars(px), "value" in vars(px))


class PropertyFallback:
    @property
    def broken(self):
        raise AttributeError("inner")

    def __getattr__(self, name):
        return "getattr saw " + name


print(PropertyFallback().broken)


class Counting:
    count = 0

    def __getattribute__(self, name):
        type(self).count += 1
        return object.__getattribute__(self, name)

    def ping(self):
        return "pong"


cn = Counting()
cn.ping()
cn.ping()
print(Counting.count)
try:
    object.__getattribute__(cn, "nope")
except AttributeError as e:
    print("AttributeError:", e)
print(object.__getattribute__(3, "real"))
