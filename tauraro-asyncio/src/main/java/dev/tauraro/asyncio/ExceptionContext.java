package dev.tauraro.asyncio;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What an {@link EventLoop} reports to its exception handler: an exception nobody else could
 * receive (one that escaped a callback, a task failing during shutdown, ...).
 *
 * <p>Python equivalent: the {@code context} dict given to {@code loop.call_exception_handler} and
 * to the handler set by {@code loop.set_exception_handler}. {@link #details()} holds its other
 * keys under CPython's names: {@code "handle"} (the {@link Handle} whose callback raised),
 * {@code "task"}, {@code "future"}.
 *
 * @param message what happened, as CPython words it ("Exception in callback ...")
 * @param exception the exception, or null when there is none
 * @param details the other keys of CPython's context, read-only
 */
public record ExceptionContext(String message, Throwable exception, Map<String, Object> details) {
    /** A context; {@code details} is copied. */
    public ExceptionContext {
        Objects.requireNonNull(message, "message");
        details = Map.copyOf(details);
    }

    /** A context with only a message and an exception. */
    public ExceptionContext(String message, Throwable exception) {
        this(message, exception, Map.of());
    }

    /**
     * The text CPython's default handler logs before the traceback: the message, then one
     * {@code key: value} line per detail, keys in sorted order.
     */
    public String logMessage() {
        StringBuilder sb = new StringBuilder(message.isEmpty() ? "Unhandled exception in event loop" : message);
        new TreeMap<>(details).forEach((k, v) -> sb.append('\n').append(k).append(": ").append(v));
        return sb.toString();
    }
}
