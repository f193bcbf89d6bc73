package dev.tauraro.script.modules;

import dev.tauraro.asyncio.EventLoop;
import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;

/**
 * Python's {@code time}. Under a virtual-time interpreter (tests), {@code time()} and
 * {@code monotonic()} follow the running loop's clock so timed scripts stay deterministic.
 */
public final class TimeModule {
    private TimeModule() {
    }

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("time", interp);
        long wallOrigin = System.currentTimeMillis();
        m.set("time", new BuiltinFunction("time", (a, k) -> {
            Double v = virtualNow(interp);
            return v != null ? wallOrigin / 1000.0 + v : System.currentTimeMillis() / 1000.0;
            // (under virtual time, time() follows the running loop's clock from the interpreter's start)
        }));
        m.set("monotonic", new BuiltinFunction("monotonic", (a, k) -> {
            Double v = virtualNow(interp);
            return v != null ? v : System.nanoTime() / 1e9;
        }));
        m.set("perf_counter", new BuiltinFunction("perf_counter", (a, k) -> {
            Double v = virtualNow(interp);
            return v != null ? v : System.nanoTime() / 1e9;
        }));
        m.set("time_ns", new BuiltinFunction("time_ns", (a, k) -> System.currentTimeMillis() * 1_000_000L));
        m.set("sleep", new BuiltinFunction("sleep", (a, k) -> {
            double s = Ops.toDouble(a[0]);
            if (s > 0 && (!interp.virtualTime() || !loopRunning())) {
                interp.releasingGil(() -> {
                    try {
                        Thread.sleep((long) (s * 1000), (int) ((s * 1e9) % 1_000_000));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                });
                interp.raiseIfStopped(); // a stopped process's sleep ends the process
            } else if (interp.gil() != null) {
                interp.releasingGil(() -> {
                    Thread.yield();
                    return null;
                });
            }
            return PyNone.NONE;
        }));
        return m;
    }

    private static boolean loopRunning() {
        try {
            EventLoop.running();
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static Double virtualNow(Interpreter interp) {
        if (!interp.virtualTime()) {
            return null;
        }
        try {
            return EventLoop.running().time();
        } catch (IllegalStateException e) {
            return null; // no loop: the real clock
        }
    }
}
