"""contextlib, written in the script language from the module's documentation."""
import abc as _abc
import sys as _sys
from collections.abc import _defines as _has_methods
from functools import wraps as _wraps

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "AbstractAsyncContextManager", "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing", "chdir"]


class AbstractContextManager(_abc.ABC):
    """An ABC for classes with __enter__ (returning self by default) and an abstract __exit__."""

    __class_getitem__ = list.__dict__["__class_getitem__"]  # X[int] is a types.GenericAlias, as in CPython

    def __enter__(self):
        return self

    @_abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _has_methods(C, "__enter__", "__exit__")
        return NotImplemented


class AbstractAsyncContextManager(_abc.ABC):
    """The asynchronous counterpart: __aenter__ returns self, __aexit__ is abstract."""

    __class_getitem__ = list.__dict__["__class_getitem__"]  # X[int] is a types.GenericAlias, as in CPython

    async def __aenter__(self):
        return self

    @_abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _has_methods(C, "__aenter__", "__aexit__")
        return NotImplemented


class ContextDecorator:
    """A context manager that can also decorate a function: each call runs inside it."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @_wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class AsyncContextDecorator:
    """ContextDecorator for coroutine functions and asynchronous context managers."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @_wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return inner

def _passed_through(exc, value, stops):
    """Whether exc, raised when the block's exception value was thrown into the generator, is value
    coming back out (or the RuntimeError a StopIteration becomes when a generator lets it out):
    then the manager does not suppress it and the with statement raises value on."""
    return exc is value or (isinstance(exc, RuntimeError) and isinstance(value, stops) and exc.__cause__ is value)


class _GeneratorContextManagerBase:
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # a decorated function's calls each need a fresh generator
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager, ContextDecorator):
    """What a @contextmanager function returns: enters at the generator's yield, leaves when it
    ends, and throws the block's exception into it at that yield."""

    def __enter__(self):
        del self.args, self.kwds, self.func # only a decorator re-creates, before entering
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                self.gen.close()
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # the generator caught the exception and ended: suppressed, unless the block's own
            # StopIteration came back out
            return exc is not value
        except BaseException as exc:
            if not _passed_through(exc, value, StopIteration):
                raise
            value.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """What an @asynccontextmanager function returns: the same over an asynchronous generator."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                await self.gen.aclose()
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except BaseException as exc:
            if not _passed_through(exc, value, (StopIteration, StopAsyncIteration)):
                raise
            value.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await self.gen.aclose()


def contextmanager(func):
    """@contextmanager: a generator function becomes a context manager factory."""
    @_wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    """@asynccontextmanager: an asynchronous generator function becomes an async context manager factory."""
    @_wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


class suppress(AbstractContextManager):
    """with suppress(E1, E2): the block's exceptions of those types end it silently."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager that does nothing: enter_result is what with ... as gets."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class closing(AbstractContextManager):
    """with closing(thing): thing.close() at the end of the block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """async with aclosing(thing): await thing.aclose() at the end of the block."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class chdir(AbstractContextManager):
    """with chdir(path): the working directory is path inside the block (3.11); re-entrant."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


class _StreamSwap(AbstractContextManager):
    """Points sys.<name> at another file for the with block and puts the previous one back,
    also when nested or reused (each entry remembers what it replaced)."""

    _name = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._previous = []

    def __enter__(self):
        self._previous.append(getattr(_sys, self._name))
        setattr(_sys, self._name, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(_sys, self._name, self._previous.pop())


class redirect_stdout(_StreamSwap):
    """with redirect_stdout(f): print() and sys.stdout write to f inside the block."""
    _name = "stdout"


class redirect_stderr(_StreamSwap):
    """with redirect_stderr(f): sys.stderr writes to f inside the block."""
    _name = "stderr"


def _not_a_context_manager(cm, what):
    cls = type(cm)
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support the {what} protocol")


class _BaseExitStack:
    """The callback stack ExitStack and AsyncExitStack share: entries are (is_sync, callback),
    run last in, first out."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """A new stack holding this one's callbacks; this one is left empty."""
        new_stack = type(self)()
        new_stack._exit_callbacks, self._exit_callbacks = self._exit_callbacks, []
        return new_stack

    def push(self, exit):
        """Adds a context manager's __exit__ (taken from its type) or an exit callable; returns it."""
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            self._exit_callbacks.append((True, exit))
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enters cm and pushes its __exit__; returns what __enter__ returned."""
        cls = type(cm)
        try:
            enter, exit = cls.__enter__, cls.__exit__
        except AttributeError:
            raise _not_a_context_manager(cm, "context manager") from None
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Pushes callback(*args, **kwds), which gets no exception details; returns callback."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((True, _exit_wrapper))
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        def _exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)
        _exit_wrapper.__self__ = cm
        self._exit_callbacks.append((True, _exit_wrapper))


class _Unwinding:
    """The state of one exit of an exit stack: the exception details each callback gets (cleared
    once one suppresses them, replaced by what one raises), and at the end whether to suppress
    the block's exception or raise a callback's."""

    def __init__(self, exc_details):
        self.details = exc_details
        self.received = exc_details[0] is not None
        self.frame_exc = _sys.exc_info()[1]  # handled around the with statement, not by it
        self.suppressed = False
        self.pending = False

    def returned(self, result):
        if result:
            self.suppressed = True
            self.pending = False
            self.details = (None, None, None)

    def raised(self, exc):
        # the callback's exception chains onto what it was given, not straight onto what the
        # frame handles around the with statement
        new_exc, old_exc = exc, self.details[1]
        while True:
            context = new_exc.__context__
            if context is None or context is old_exc:
                break
            if context is self.frame_exc:
                new_exc.__context__ = old_exc
                break
            new_exc = context
        self.pending = True
        self.details = (type(exc), exc, exc.__traceback__)

    def finish(self):
        if self.pending:
            exc = self.details[1]
            context = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = context  # raising here would have chained it onto itself
                raise
        return self.received and self.suppressed


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A context manager that runs a dynamic set of exit callbacks, as nested with statements would."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        unwinding = _Unwinding(exc_details)
        while self._exit_callbacks:
            _, cb = self._exit_callbacks.pop()
            try:
                unwinding.returned(cb(*unwinding.details))
            except BaseException as e:
                unwinding.raised(e)
        return unwinding.finish()

    def close(self):
        """Runs the callbacks now, as leaving the with block without an exception does."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for asynchronous context managers and coroutine callbacks as well."""

    async def enter_async_context(self, cm):
        """Enters the asynchronous context manager cm and pushes its __aexit__."""
        cls = type(cm)
        try:
            enter, exit = cls.__aenter__, cls.__aexit__
        except AttributeError:
            raise _not_a_context_manager(cm, "asynchronous context manager") from None
        result = await enter(cm)
        self._push_async_cm_exit(cm, exit)
        return result

    def push_async_exit(self, exit):
        """Adds an asynchronous context manager's __aexit__ or a coroutine function as exit callback."""
        try:
            exit_method = type(exit).__aexit__
        except AttributeError:
            self._exit_callbacks.append((False, exit))
        else:
            self._push_async_cm_exit(exit, exit_method)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Pushes a coroutine function, awaited as callback(*args, **kwds) at exit."""
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((False, _exit_wrapper))
        return callback

    def _push_async_cm_exit(self, cm, cm_exit):
        async def _exit_wrapper(exc_type, exc, tb):
            return await cm_exit(cm, exc_type, exc, tb)
        _exit_wrapper.__self__ = cm
        self._exit_callbacks.append((False, _exit_wrapper))

    async def aclose(self):
        """Runs the callbacks now, as leaving the async with block without an exception does."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        unwinding = _Unwinding(exc_details)
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                unwinding.returned(cb(*unwinding.details) if is_sync else await cb(*unwinding.details))
            except BaseException as e:
                unwinding.raised(e)
        return unwinding.finish()
