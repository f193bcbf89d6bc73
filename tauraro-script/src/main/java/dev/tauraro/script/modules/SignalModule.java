package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;

/**
 * {@code _signal}: operating-system signals for lib/signal.py through the JDK's
 * {@code sun.misc.Signal} (module jdk.unsupported). A handled signal is queued on the interpreter
 * ({@link Interpreter#deliverSignal}) and its script handler runs in the main thread at the next
 * switch poll; SIG_DFL and SIG_IGN go back to the JVM.
 */
final class SignalModule {
    private SignalModule() {
    }

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_signal", interp);
        // install(signum, name, how): how 0 = default, 1 = ignore, 2 = the script's handler
        m.set("install", new BuiltinFunction("install", (a, k) -> {
            int signum = (int) Ops.toLong(a[0]);
            sun.misc.Signal sig = new sun.misc.Signal(Ops.str(a[1]));
            long how = Ops.toLong(a[2]);
            try {
                sun.misc.Signal.handle(sig, how == 0 ? sun.misc.SignalHandler.SIG_DFL
                        : how == 1 ? sun.misc.SignalHandler.SIG_IGN : s -> interp.deliverSignal(signum));
            } catch (IllegalArgumentException e) {
                // the JVM keeps some signals for itself (SIGQUIT, SIGUSR1 on some VMs): handled in the script only
                return false;
            }
            return true;
        }));
        m.set("set_runner", new BuiltinFunction("set_runner", (a, k) -> {
            Object runner = a[0];
            interp.onSignal(signum -> Ops.call(runner, (long) signum));
            return PyNone.NONE;
        }));
        m.set("raise_signal", new BuiltinFunction("raise_signal", (a, k) -> {
            int signum = (int) Ops.toLong(a[0]);
            interp.deliverSignal(signum);
            if (interp.inMainThread()) {
                interp.runPendingSignals();
            }
            return PyNone.NONE;
        }));
        m.set("raise_os", new BuiltinFunction("raise_os", (a, k) -> {
            try {
                sun.misc.Signal.raise(new sun.misc.Signal(Ops.str(a[0])));
            } catch (IllegalArgumentException e) {
                throw Exceptions.valueError("invalid signal value");
            }
            return PyNone.NONE;
        }));
        return m;
    }
}
