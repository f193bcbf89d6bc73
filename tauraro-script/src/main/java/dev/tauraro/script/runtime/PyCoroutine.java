package dev.tauraro.script.runtime;

import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;

/**
 * A coroutine object: what calling an {@code async def} returns. It is a cold {@link Mono}:
 * subscribing runs the body on the caller's thread until its first real suspension; awaiting
 * inside the body subscribes to the awaited Mono and resumes the frame when it signals.
 *
 * <p>A suspended coroutine is its heap {@link Frame} plus the subscription it waits on: it holds
 * no thread. Awaits that complete synchronously are looped over (a trampoline), so a chain of
 * immediately-ready awaits does not grow the Java stack.
 */
public final class PyCoroutine extends Mono<Object> {
    private final Frame frame;
    private boolean started;

    public PyCoroutine(Frame frame) {
        this.frame = frame;
    }

    public String name() {
        return frame.function.name;
    }

    @Override
    public void subscribe(CoreSubscriber<? super Object> actual) {
        if (started) {
            reactor.core.publisher.Operators.error(actual, Exceptions.newException(Exceptions.RUNTIME_ERROR,
                    "cannot reuse already awaited coroutine"));
            return;
        }
        started = true;
        Driver d = new Driver(frame, actual);
        actual.onSubscribe(d);
        d.step(null, null);
    }

    Object attr(String name) {
        return switch (name) {
            case "__name__" -> name();
            case "close" -> new BuiltinFunction("close", (a, k) -> {
                started = true;
                return PyNone.NONE;
            });
            default -> null;
        };
    }

    @Override
    public String toString() {
        return "<coroutine object " + frame.function.qualname + " at 0x"
                + String.format("%012x", System.identityHashCode(this)) + ">";
    }

    /** Drives the coroutine's frame for its one subscriber: the run ends when the body returns or raises. */
    static final class Driver extends FrameDriver {
        Driver(Frame frame, CoreSubscriber<? super Object> actual) {
            super(frame, actual);
        }

        @Override
        void raised(PyException e) {
            done = true;
            Code code = frame.function.code;
            e.leaveFrame(code.filename, code.name);
            actual.onError(Interop.toJava(e));
        }

        @Override
        void returned() {
            done = true;
            Object r = frame.ret;
            actual.onNext(r == null ? PyNone.NONE : r);
            actual.onComplete();
        }

        @Override
        RuntimeException yielded() {
            return Exceptions.newException(Exceptions.RUNTIME_ERROR, "'yield' inside a coroutine is not supported");
        }
    }
}
