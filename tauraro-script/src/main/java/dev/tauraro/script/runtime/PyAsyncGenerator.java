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

    public PyAsyncGenerator(Frame frame) {
        this.frame = frame;
    }

    /** The next value, or a StopAsyncIteration error at the end. */
    public Mono<Object> anext() {
        return new Mono<>() {
            @Override
            public void subscribe(reactor.core.CoreSubscriber<? super Object> actual) {
                if (finished) {
                    reactor.core.publisher.Operators.error(actual,
                            Exceptions.newException(Exceptions.STOP_ASYNC_ITERATION));
                    return;
                }
                if (running) {
                    reactor.core.publisher.Operators.error(actual, Exceptions.newException(
                            Exceptions.RUNTIME_ERROR, "anext(): asynchronous generator is already running"));
                    return;
                }
                running = true;
                new Step(actual).step(null, null);
            }
        };
    }

    /** One {@code __anext__}: like a coroutine driver, but a yield completes it. */
    private final class Step implements reactor.core.CoreSubscriber<Object>, org.reactivestreams.Subscription {
        private final reactor.core.CoreSubscriber<? super Object> actual;
        private Object innerValue;
        private boolean subscribing;
        private boolean syncReady;
        private Object syncValue;
        private RuntimeException syncError;
        private boolean done;
        private org.reactivestreams.Subscription upstream;

        Step(reactor.core.CoreSubscriber<? super Object> actual) {
            this.actual = actual;
            actual.onSubscribe(this);
        }

        void step(Object value, RuntimeException error) {
            Code code = frame.function.code;
            while (!done) {
                frame.sent = value;
                frame.thrown = error;
                int status;
                try {
                    status = code.body.exec(frame);
                } catch (PyException e) {
                    finish();
                    e.leaveFrame(code.filename, code.name);
                    actual.onError(Interop.toJava(e));
                    return;
                }
                if (status != StmtNode.SUSPEND) {
                    finish();
                    actual.onError(Exceptions.newException(Exceptions.STOP_ASYNC_ITERATION));
                    return;
                }
                if (!frame.awaiting) {
                    done = true;
                    running = false;
                    Object v = frame.yielded;
                    frame.yielded = null;
                    actual.onNext(v);
                    actual.onComplete();
                    return;
                }
                Mono<?> m;
                try {
                    m = Interop.awaitable(frame.yielded);
                } catch (PyException e) {
                    value = null;
                    error = e;
                    continue;
                }
                syncReady = false;
                subscribing = true;
                try {
                    m.subscribe(this);
                } finally {
                    subscribing = false;
                }
                if (!syncReady) {
                    return;
                }
                value = syncValue;
                error = syncError;
            }
        }

        private void finish() {
            done = true;
            finished = true;
            running = false;
        }

        private void resume(Object v, RuntimeException e) {
            if (subscribing) {
                syncReady = true;
                syncValue = v;
                syncError = e;
            } else {
                step(v, e);
            }
        }

        @Override
        public void onSubscribe(org.reactivestreams.Subscription s) {
            upstream = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(Object o) {
            innerValue = o;
        }

        @Override
        public void onError(Throwable t) {
            resume(null, Interop.toPy(t));
        }

        @Override
        public void onComplete() {
            Object v = innerValue;
            innerValue = null;
            resume(Interop.toPy(v), null);
        }

        @Override
        public void request(long n) {
        }

        @Override
        public void cancel() {
            done = true;
            running = false;
            if (upstream != null) {
                upstream.cancel();
            }
        }
    }

    Object attr(String name) {
        return switch (name) {
            case "__anext__" -> new BuiltinFunction("__anext__", (a, k) -> anext());
            case "aclose" -> new BuiltinFunction("aclose", (a, k) -> {
                finished = true;
                return Mono.just(PyNone.NONE);
            });
            default -> null;
        };
    }

    @Override
    public String toString() {
        return "<async_generator object " + frame.function.qualname + " at 0x"
                + String.format("%012x", System.identityHashCode(this)) + ">";
    }
}
