package dev.tauraro.asyncio;

/**
 * What a suspended task waits on: the thing {@link Task#cancel(String)} cancels first.
 * Python equivalent: a task's {@code _fut_waiter}.
 */
interface Suspension {
    /**
     * Cancels what the task waits on, if that is possible.
     *
     * @return true when the task will be woken with a {@link CancelledError} by this suspension;
     *     false when it cannot (a bare yield), so the task must raise it at its next resumption
     */
    boolean cancelWaiting(String msg);
}
