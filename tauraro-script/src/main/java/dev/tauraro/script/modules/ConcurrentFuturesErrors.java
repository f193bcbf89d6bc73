package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.PyModule;

/**
 * {@code _concurrent_futures}: the two exception classes of {@code concurrent.futures} that Java
 * code raises, {@code BrokenExecutor} (shown as {@code concurrent.futures._base.BrokenExecutor})
 * and its subclass {@code BrokenProcessPool} ({@code concurrent.futures.process}). The
 * multiprocessing pool fails the call a dying worker was running with a
 * {@link dev.tauraro.multiprocessing.BrokenPoolError}, which reaches scripts as
 * {@code BrokenProcessPool} (see {@link Exceptions#BROKEN_PROCESS_POOL}); the script modules
 * {@code lib/concurrent/futures/_base.py} and {@code process.py} import the classes from here.
 */
final class ConcurrentFuturesErrors {
    private ConcurrentFuturesErrors() {
    }

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_concurrent_futures", interp);
        m.set("BrokenExecutor", Exceptions.BROKEN_EXECUTOR);
        m.set("BrokenProcessPool", Exceptions.BROKEN_PROCESS_POOL);
        return m;
    }
}
