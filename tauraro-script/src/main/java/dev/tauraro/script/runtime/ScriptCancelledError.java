package dev.tauraro.script.runtime;

import dev.tauraro.asyncio.CancelledError;

/**
 * A script's {@code asyncio.CancelledError} on its way through Java code: it must be a Java
 * {@link CancelledError} so the task running the coroutine ends cancelled, and it keeps the
 * Python exception so a script that catches it again sees the same object.
 */
public final class ScriptCancelledError extends CancelledError {
    private static final long serialVersionUID = 1L;
    public final transient PyException python;

    public ScriptCancelledError(PyException python) {
        super(python.value.args.size() > 0 ? Ops.str(python.value.args.get(0)) : null);
        this.python = python;
    }
}
