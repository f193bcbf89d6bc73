package dev.tauraro.script.modules;

import java.time.Duration;
import reactor.netty.http.HttpResources;
import reactor.netty.tcp.TcpResources;

/**
 * Stops Reactor Netty's shared event loops before the process exits, when a script used them
 * (through {@code httpx} or {@code websockets}).
 *
 * <p>Why: the loops' threads wait in native code (epoll), and at exit HotSpot gives threads in
 * native code up to 300 ms to come back before it terminates (its {@code VM_Exit} waits for them
 * in 10 ms steps). Measured on this machine: a script that had started a websockets server took
 * 0.33 s to exit after its last line, and 0.03 s with its loops stopped first (in about 20 ms, no
 * quiet period: nothing runs on them any more).
 */
public final class NettyLoops {
    private static volatile boolean used;

    private NettyLoops() {
    }

    /** Called by the bindings that run on Reactor Netty, when a script imports them. */
    static void used() {
        used = true;
    }

    /** Stops the shared loops if a script used them; waits at most half a second. */
    public static void stopIfUsed() {
        if (!used) {
            return;   // never touch (and so load) Reactor Netty for a script that did not
        }
        try {
            HttpResources.disposeLoopsAndConnectionsLater(Duration.ZERO, Duration.ofMillis(250))
                    .then(TcpResources.disposeLoopsAndConnectionsLater(Duration.ZERO, Duration.ofMillis(250)))
                    .block(Duration.ofMillis(500));
        } catch (RuntimeException slowOrFailed) {
            // exiting anyway: at worst the exit takes HotSpot's 0.3 s
        }
    }
}
