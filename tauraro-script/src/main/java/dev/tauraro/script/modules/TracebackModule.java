package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBaseException;
import dev.tauraro.script.runtime.PyModule;

/**
 * {@code _traceback}: what lib/traceback.py and lib/linecache.py take from the interpreter: the
 * rendering of an exception as an uncaught one is printed (used for exception groups' boxed tree),
 * the {@code ^^^^} marker line of a traceback entry (drawn by the same code as the display's) and
 * source lines, including those of frozen library modules that exist only in memory.
 */
final class TracebackModule {
    private TracebackModule() {
    }

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_traceback", interp);
        m.set("format", new BuiltinFunction("format", (a, k) -> {
            if (a.length != 1 || !(a[0] instanceof PyBaseException e)) {
                throw Exceptions.typeError("format() expects an exception");
            }
            return interp.formatTracebackPlain(e);
        }));
        m.set("markers", new BuiltinFunction("markers", (a, k) -> {
            String line = interp.tracebackMarkers(a[0]);
            return line == null ? dev.tauraro.script.runtime.PyNone.NONE : line;
        }));
        m.set("source_line", new BuiltinFunction("source_line", (a, k) -> {
            String line = interp.sourceLine(Ops.str(a[0]), (int) Ops.toLong(a[1]));
            return line == null ? "" : line;
        }));
        return m;
    }
}
