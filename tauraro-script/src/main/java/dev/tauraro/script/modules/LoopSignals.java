package dev.tauraro.script.modules;

import dev.tauraro.asyncio.EventLoop;
import dev.tauraro.script.runtime.BoundMethod;
import dev.tauraro.script.runtime.Code;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyFunction;
import dev.tauraro.script.runtime.PyNone;
import java.util.Arrays;
import reactor.core.publisher.Mono;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * {@code loop.add_signal_handler(sig, callback, *args)} and {@code remove_signal_handler(sig)}: the
 * JDK's {@code sun.misc.Signal} (as the {@code signal} module uses it) catches the signal on the
 * JVM's signal thread and hands the callback to the loop with {@code call_soon_threadsafe}, so it
 * runs on the loop's thread even while the loop is idle, as CPython's wake-up fd makes it.
 *
 * <p>Differences from CPython: the handler is installed for the whole JVM, so the
 * {@code signal} module's {@code getsignal()} does not see it; {@code remove_signal_handler}
 * restores the JVM's default action (for SIGINT too, where CPython restores
 * {@code default_int_handler}); signals the JVM keeps for itself cannot be caught.
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

    static Object add(EventLoop loop, LoopPolicy.State state, Object[] a, String[] k) {
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
        try {
            Signal.handle(new Signal(name), s -> {
                if (!loop.isClosed()) {
                    loop.callSoonThreadsafe(cb);
                }
            });
        } catch (IllegalArgumentException usedByTheJvm) {
            throw Exceptions.newException(Exceptions.RUNTIME_ERROR, "sig " + sig + " cannot be caught");
        }
        state.signals.add(sig);
        return PyNone.NONE;
    }

    static Object remove(LoopPolicy.State state, Object sigObj) {
        long sig = check(sigObj);
        if (!state.signals.remove(sig)) {
            return false;
        }
        try {
            Signal.handle(new Signal(NAMES[(int) sig]), SignalHandler.SIG_DFL);
        } catch (IllegalArgumentException e) {
            throw Exceptions.newException(Exceptions.RUNTIME_ERROR, "sig " + sig + " cannot be caught");
        }
        return true;
    }

    private static boolean isCoroutineFunction(Object o) {
        Object f = o instanceof BoundMethod b ? b.function : o;
        return f instanceof PyFunction pf && pf.code.kind == Code.Kind.COROUTINE;
    }
}
