package dev.tauraro.asyncio;

import java.util.List;
import java.util.Objects;

/**
 * Several exceptions raised together, such as every failure of the tasks of a {@link TaskGroup}.
 *
 * <p>Python equivalent: {@code ExceptionGroup} (PEP 654). {@link #message()} is the group's own
 * message, {@link #exceptions()} the sub-exceptions in the order they happened, and
 * {@link #getMessage()} / {@link #toString()} read like Python's {@code str(eg)}:
 * {@code "unhandled errors in a TaskGroup (2 sub-exceptions)"}. Each sub-exception is also
 * attached as a suppressed exception, so a printed stack trace shows all of them.
 *
 * <pre>{@code
 * Asyncio.taskGroup(tg -> { ... })
 *        .onErrorResume(ExceptionGroup.class, eg -> {
 *            eg.exceptions().forEach(e -> log.warn("task failed", e));
 *            return Mono.empty();
 *        });
 * }</pre>
 *
 * <p>Differences from CPython: there is no {@code except*} in Java; filter {@link #exceptions()}
 * instead. There is no separate {@code BaseExceptionGroup}.
 */
public class ExceptionGroup extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String message;
    private final List<Throwable> exceptions;

    /**
     * A group with a message and its sub-exceptions, kept in the given order.
     *
     * @throws IllegalArgumentException "second argument (exceptions) must be a non-empty sequence"
     *     if {@code exceptions} is empty
     * @throws NullPointerException if either argument, or any sub-exception, is null
     */
    public ExceptionGroup(String message, List<? extends Throwable> exceptions) {
        super(describe(message, exceptions), null, true, true);
        this.message = message;
        this.exceptions = List.copyOf(exceptions);
        for (Throwable e : this.exceptions) {
            if (e != this) {
                addSuppressed(e);
            }
        }
    }

    private static String describe(String message, List<? extends Throwable> exceptions) {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(exceptions, "exceptions");
        int n = exceptions.size();
        if (n == 0) {
            throw new IllegalArgumentException("second argument (exceptions) must be a non-empty sequence");
        }
        return message + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
    }

    /** The group's own message, without the count. Python: {@code eg.message}. */
    public String message() {
        return message;
    }

    /** The sub-exceptions, in order; unmodifiable. Python: {@code eg.exceptions}. */
    public List<Throwable> exceptions() {
        return exceptions;
    }

    /** Python's {@code str(eg)}: the message followed by the number of sub-exceptions. */
    @Override
    public String toString() {
        return getMessage();
    }
}
