package dev.tauraro.script.modules.cluster;

import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBaseException;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyModule;

/** The script's {@code pickle.dumps} and {@code loads} of one interpreter, called from Java. */
final class ScriptPickle {
    private final Object dumps;
    private final Object loads;
    private final Object picklingError;

    ScriptPickle(Interpreter interp) {
        PyModule pickle = interp.importModule("pickle");
        this.dumps = pickle.get("dumps");
        this.loads = pickle.get("loads");
        this.picklingError = pickle.get("PicklingError");
    }

    /** {@code pickle.PicklingError(message)}, raised. */
    PyException picklingError(String message) {
        Object e = Ops.call(picklingError, message);
        return ((PyBaseException) e).toThrowable();
    }

    /** {@code pickle.dumps(v)}. @throws dev.tauraro.script.runtime.PyException PicklingError and friends */
    byte[] dumps(Object v) {
        return ((PyBytes) Ops.call(dumps, v)).bytes();
    }

    /** {@code pickle.loads(b)}. @throws dev.tauraro.script.runtime.PyException what unpickling raised */
    Object loads(byte[] b) {
        return Ops.call(loads, new PyBytes(b));
    }
}
