package dev.tauraro.script.runtime;

import reactor.core.publisher.Mono;

/**
 * An async generator: {@code async def} with {@code yield}. Each {@code __anext__()} is a Mono
 * that runs the frame (awaiting as a coroutine does) until the next {@code yield}.
 */
public final class PyAsyncGenerator {
    private final Frame frame;
    private boolean finished;
    private boolean running;
    private boolean started;

    public PyAsyncGenerator(Frame frame) {
        this.frame = frame;
    }

    /** The next value, or a StopAsyncIteration error at the end. */
    public Mono<Object> anext() {
        return resume(null, null, false);
    }

    /**
     * Resumes with a sent value or a thrown exception. {@code closing}: the exception is
     * GeneratorExit from {@code aclose()}, and finishing (or re-raising it) completes with None.
     */
    private Mono<Object> resume(Object send, RuntimeException thrown, boolean closing) {
        return new Mono<>() {
            @Override
            public void subscribe(reactor.core.CoreSubscriber<? super Object> actual) {
                if (finished || closing && !started) {
                    finished = true;
                    if (closing) {
                        reactor.core.publisher.Operators.complete(actual);
                        return;
                    }
                    reactor.core.publisher.Operators.error(actual, thrown != null ? thrown
                            : Exceptions.newException(Exceptions.STOP_ASYNC_ITERATION));
                    return;
                }
                if (running) {
                    reactor.core.publisher.Operators.error(actual, Exceptions.newException(
                            Exceptions.RUNTIME_ERROR, "anext(): asynchronous generator is already running"));
                    return;
                }
                running = true;
                started = true;
                new Step(actual, closing).step(send, thrown);
            }
        };
    }

    /** One {@code __anext__}: the frame runs as a coroutine's does, and a yield completes it. */
    private final class Step extends FrameDriver {
        private final boolean closing;

        Step(reactor.core.CoreSubscriber<? super Object> actual, boolean closing) {
            super(PyAsyncGenerator.this.frame, actual);
            this.closing = closing;
            actual.onSubscribe(this);
        }

        @Override
        void raised(PyException e) {
            finish();
            if (closing && e.value.type().isSubclassOf(Exceptions.GENERATOR_EXIT)) {
                actual.onComplete();
                return;
            }
            Code code = frame.function.code;
            e.leaveFrame(code.filename, code.name);
            actual.onError(Interop.toJava(e));
        }

        @Override
        void returned() {
            finish();
            if (closing) {
                actual.onComplete();
                return;
            }
            actual.onError(Exceptions.newException(Exceptions.STOP_ASYNC_ITERATION));
        }

        @Override
        RuntimeException yielded() {
            if (closing) {
                finish();
                actual.onError(Exceptions.newException(Exceptions.RUNTIME_ERROR,
                        "async generator ignored GeneratorExit"));
                return null;
            }
            done = true;
            running = false;
            Object v = frame.yielded;
            frame.yielded = null;
            actual.onNext(v);
            actual.onComplete();
            return null;
        }

        @Override
        void cancelled() {
            running = false;
        }

        private void finish() {
            done = true;
            finished = true;
            running = false;
        }
    }

    Object attr(String name) {
        return switch (name) {
            case "__anext__" -> new BuiltinFunction("__anext__", (a, k) -> anext());
            case "aclose" -> new BuiltinFunction("aclose", (a, k) ->
                    resume(null, Exceptions.newException(Exceptions.GENERATOR_EXIT), true));
            case "asend" -> new BuiltinFunction("asend", (a, k) -> resume(a[0], null, false));
            case "athrow" -> new BuiltinFunction("athrow", (a, k) -> resume(null, Interop.raiseable(a[0]), false));
            default -> null;
        };
    }

    @Override
    public String toString() {
        return "<async_generator object " + frame.function.qualname + " at 0x"
                + Ops.hexId(this) + ">";
    }
}
