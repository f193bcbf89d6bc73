package dev.tauraro.script.modules;

import dev.tauraro.asyncio.EventLoop;
import dev.tauraro.script.runtime.BoundMethod;
import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Code;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyFunction;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import java.util.Arrays;
import reactor.core.publisher.Mono;
import sun.misc.Signal;

/**
 * {@code loop.add_signal_handler(sig, callback, *args)} and {@code remove_signal_handler(sig)}: the
 * JDK's {@code sun.misc.Signal} (as the {@code signal} module uses it) catches the signal on the
 * JVM's signal thread and hands the callback to the loop with {@code call_soon_threadsafe}, so it
 * runs on the loop's thread even while the loop is idle, as CPython's wake-up fd makes it.
 *
 * <p>As CPython's, the {@code signal} module's table holds a handler of the loop's while one is
 * added (so {@code signal.raise_signal} reaches the loop, and SIGINT stops raising
 * KeyboardInterrupt), and {@code remove_signal_handler} restores {@code default_int_handler} for
 * SIGINT and SIG_DFL for the others. Signals the JVM keeps for itself cannot be caught.
 */
final class LoopSignals {
    private LoopSignals() {
    }

    /** Linux signal names by number (1..31), as sun.misc.Signal wants them. */
    private static final String[] NAMES = {null, "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL",
        "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU",
        "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS"};

    /** CPython's {@code _check_signal}: an int among {@code signal.valid_signals()}. */
    private static long check(Object sig) {
        if (!Ops.type(sig).isSubclassOf(dev.tauraro.script.runtime.Types.INT)) {
            throw Exceptions.typeError("sig must be an int, not " + Ops.repr(sig));
        }
        long n = Ops.toLong(sig);
        if (n < 1 || n > 64 || n == 32 || n == 33) {
            throw Exceptions.valueError("invalid signal number " + n);
        }
        return n;
    }

    static Object add(Interpreter interp, EventLoop loop, LoopPolicy.State state, Object[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw Exceptions.typeError("add_signal_handler() got an unexpected keyword argument '" + k[0] + "'");
        }
        Object callback = a[1];
        if (callback instanceof Mono || isCoroutineFunction(callback)) {
            throw Exceptions.typeError("coroutines cannot be used with add_signal_handler()");
        }
        long sig = check(a[0]);
        if (loop.isClosed()) {
            throw Exceptions.newException(Exceptions.RUNTIME_ERROR, "Event loop is closed");
        }
        String name = sig < NAMES.length ? NAMES[(int) sig] : null;
        if (name == null || sig == 9 || sig == 19) {
            throw Exceptions.newException(Exceptions.RUNTIME_ERROR, "sig " + sig + " cannot be caught");
        }
        LoopMethods.Callback cb = new LoopMethods.Callback(callback, Arrays.copyOfRange(a, 2, a.length));
        // CPython's asyncio imports signal and puts a handler of its own in the signal module's
        // table, so signal.raise_signal and getsignal see it (SIGINT no longer raises
        // KeyboardInterrupt). Imported before the JVM handler below, which importing would replace.
        PyModule signalModule = interp.importModule("signal");
        try {
            Signal.handle(new Signal(name), s -> {
                if (!loop.isClosed()) {
                    loop.callSoonThreadsafe(cb);
                }
            });
        } catch (IllegalArgumentException usedByTheJvm) {
            throw Exceptions.newException(Exceptions.RUNTIME_ERROR, "sig " + sig + " cannot be caught");
        }
        Ops.setItem(signalModule.get("_handlers"), sig, new BuiltinFunction("_sighandler_noop", (x, y) -> {
            if (!loop.isClosed()) {
                loop.callSoonThreadsafe(cb);
            }
            return PyNone.NONE;
        }));
        state.signals.add(sig);
        return PyNone.NONE;
    }

    static Object remove(Interpreter interp, LoopPolicy.State state, Object sigObj) {
        long sig = check(sigObj);
        if (!state.signals.remove(sig)) {
            return false;
        }
        // As CPython: SIGINT goes back to default_int_handler, the others to SIG_DFL, through
        // the signal module so that its table and the JVM's handler agree.
        PyModule signalModule = interp.importModule("signal");
        Object handler = signalModule.get(sig == 2 ? "default_int_handler" : "SIG_DFL");
        Ops.call(signalModule.get("signal"), sig, handler);
        return true;
    }

    private static boolean isCoroutineFunction(Object o) {
        Object f = o instanceof BoundMethod b ? b.function : o;
        return f instanceof PyFunction pf && pf.code.kind == Code.Kind.COROUTINE;
    }
}
