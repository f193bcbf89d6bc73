"""contextlib, written in the script language."""


class _GeneratorContextManager:
    def __init__(self, func, args, kwargs):
        self._gen = func(*args, **kwargs)

    def __enter__(self):
        try:
            return next(self._gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                next(self._gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self._gen.throw(exc)
        except StopIteration:
            return True
        except BaseException as e:
            if e is exc:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    def helper(*args, **kwargs):
        return _GeneratorContextManager(func, args, kwargs)
    helper.__name__ = func.__name__
    helper.__doc__ = func.__doc__
    return helper


class _AsyncGeneratorContextManager:
    """What an asynccontextmanager function returns: enters at the generator's first yield and
    leaves when it ends, throwing the body's exception into it as the synchronous one does."""

    def __init__(self, func, args, kwargs):
        self._gen = func(*args, **kwargs)

    async def __aenter__(self):
        try:
            return await self._gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                await self._gen.__anext__()
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            await self._gen.athrow(exc)
        except StopAsyncIteration:
            return True
        except BaseException as e:
            if e is exc:
                return False
            raise
        raise RuntimeError("generator didn't stop after athrow()")


def asynccontextmanager(func):
    def helper(*args, **kwargs):
        return _AsyncGeneratorContextManager(func, args, kwargs)
    helper.__name__ = func.__name__
    helper.__doc__ = func.__doc__
    return helper


class suppress:
    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and issubclass(exc_type, self._exceptions)


class nullcontext:
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *args):
        return False


class closing:
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *args):
        self.thing.close()
        return False


class _StreamSwap:
    """Points sys.<name> at another file for the with block and puts the previous one back,
    also when nested or reused (each entry remembers what it replaced)."""

    _name = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._previous = []

    def __enter__(self):
        import sys
        self._previous.append(getattr(sys, self._name))
        setattr(sys, self._name, self._new_target)
        return self._new_target

    def __exit__(self, *exc):
        import sys
        setattr(sys, self._name, self._previous.pop())


class redirect_stdout(_StreamSwap):
    """with redirect_stdout(f): print() and sys.stdout write to f inside the block."""
    _name = "stdout"


class redirect_stderr(_StreamSwap):
    """with redirect_stderr(f): sys.stderr writes to f inside the block."""
    _name = "stderr"
