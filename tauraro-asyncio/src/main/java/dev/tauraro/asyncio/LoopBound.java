package dev.tauraro.asyncio;

import reactor.core.CoreSubscriber;
import reactor.core.publisher.Operators;

/**
 * Binds a synchronisation primitive to the first event loop that makes it wait.
 *
 * <p>Python equivalent: {@code asyncio.mixins._LoopBoundMixin}. As in CPython, a primitive is
 * created without a loop and binds lazily, only on a path that needs one (a waiter); the no-wait
 * paths never look at the loop, so an uncontended lock may be used from several loops in turn.
 */
abstract class LoopBound {
    /** The loop this primitive is bound to, or null until the first wait. Written once. */
    private volatile EventLoop loop;

    /**
     * The running loop, binding this primitive to it on first use.
     *
     * @throws IllegalStateException "no running event loop" outside a loop, or
     *     "&lt;repr&gt; is bound to a different event loop" when bound to another one
     */
    final EventLoop getLoop() {
        EventLoop running = EventLoop.runningOrNull();
        if (running == null) {
            throw new IllegalStateException("no running event loop");
        }
        EventLoop bound = loop;
        if (bound == null) {
            synchronized (this) {
                bound = loop;
                if (bound == null) {
                    loop = running;
                    bound = running;
                }
            }
        }
        if (bound != running) {
            throw new IllegalStateException(this + " is bound to a different event loop");
        }
        return running;
    }

    /** {@link #getLoop()}, or null after signalling its error to {@code actual}. */
    final EventLoop loopOrError(CoreSubscriber<?> actual) {
        try {
            return getLoop();
        } catch (IllegalStateException e) {
            Operators.error(actual, e);
            return null;
        }
    }
}
