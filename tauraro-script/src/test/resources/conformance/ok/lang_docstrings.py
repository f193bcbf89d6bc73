"""Module docstring: first statement of the module."""


def documented():
    """Return the answer.

    The docstring spans lines.
    """
    return 42


def undocumented():
    return 0


class Thing:
    """A thing."""

    def method(self):
        """Method doc."""
        return "m"


print(__doc__)
print(documented.__doc__)
print(undocumented.__doc__)
print(Thing.__doc__, Thing.method.__doc__, Thing().method.__doc__)
print(documented(), Thing().method())


def not_first():
    x = 1
    """This string is not a docstring."""
    return x


print(not_first.__doc__, not_first())


def only_doc():
    """Only a docstring; the function returns None."""


print(only_doc(), only_doc.__doc__)
print(documented.__doc__.splitlines()[0])
print(len(documented.__doc__.splitlines()))
