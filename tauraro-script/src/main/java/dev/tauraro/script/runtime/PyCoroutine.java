package dev.tauraro.script.runtime;

import org.reactivestreams.Subscription;
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

    /** Runs the frame; subscribes to each awaited Mono and resumes on its signal. */
    static final class Driver implements Subscription, CoreSubscriber<Object> {
        private final Frame frame;
        private final CoreSubscriber<? super Object> actual;
        private Subscription upstream;
        private Object innerValue;
        private boolean done;
        /** True while subscribing to an awaited Mono: signals arriving now are handled by the loop. */
        private boolean subscribing;
        private boolean syncReady;
        private Object syncValue;
        private RuntimeException syncError;

        Driver(Frame frame, CoreSubscriber<? super Object> actual) {
            this.frame = frame;
            this.actual = actual;
        }

        void step(Object value, RuntimeException error) {
            Code code = frame.function.code;
            while (true) {
                if (done) {
                    return;
                }
                frame.sent = value;
                frame.thrown = error;
                int status;
                try {
                    status = code.body.exec(frame);
                } catch (PyException e) {
                    done = true;
                    e.leaveFrame(code.filename, code.name);
                    actual.onError(Interop.toJava(e));
                    return;
                } catch (StackOverflowError e) {
                    done = true;
                    actual.onError(Exceptions.newException(Exceptions.RECURSION_ERROR,
                            "maximum recursion depth exceeded"));
                    return;
                }
                if (status != StmtNode.SUSPEND) {
                    done = true;
                    Object r = frame.ret;
                    actual.onNext(r == null ? PyNone.NONE : r);
                    actual.onComplete();
                    return;
                }
                if (!frame.awaiting) {
                    value = null;
                    error = Exceptions.newException(Exceptions.RUNTIME_ERROR,
                            "'yield' inside a coroutine is not supported");
                    continue;
                }
                Mono<?> m;
                try {
                    m = Interop.awaitable(frame.yielded);
                } catch (PyException e) {
                    value = null;
                    error = e;
                    continue;
                }
                frame.yielded = null;
                innerValue = null;
                syncReady = false;
                subscribing = true;
                try {
                    m.subscribe(this);
                } catch (RuntimeException e) {
                    if (!syncReady) {
                        syncReady = true;
                        syncValue = null;
                        syncError = Interop.toPy(e);
                    }
                } finally {
                    subscribing = false;
                }
                if (!syncReady) {
                    return; // resumed later by onNext/onError/onComplete
                }
                value = syncValue;
                error = syncError;
                syncValue = null;
                syncError = null;
            }
        }

        private void resume(Object value, RuntimeException error) {
            upstream = null;
            if (subscribing) {
                syncReady = true;
                syncValue = value;
                syncError = error;
            } else {
                step(value, error);
            }
        }

        // ------------------------------------------------ the awaited Mono's signals

        @Override
        public void onSubscribe(Subscription s) {
            upstream = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(Object v) {
            innerValue = v;
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

        // ------------------------------------------------ our subscriber's requests

        @Override
        public void request(long n) {
        }

        @Override
        public void cancel() {
            done = true;
            Subscription s = upstream;
            upstream = null;
            if (s != null) {
                s.cancel();
            }
        }
    }
}
