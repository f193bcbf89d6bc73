package dev.tauraro.asyncio;

/**
 * A {@link Semaphore} that refuses to be released above its initial value.
 *
 * <p>Python equivalent: {@code asyncio.BoundedSemaphore}. Fairness, cancellation and threading are
 * those of {@link Semaphore}.
 *
 * <h2>Differences from CPython</h2>
 * Releasing too often throws {@link IllegalArgumentException} (Python's {@code ValueError}) with
 * the same message, "BoundedSemaphore released too many times".
 */
public final class BoundedSemaphore extends Semaphore {
    private final int bound;

    /** A bounded semaphore with one permit. */
    public BoundedSemaphore() {
        this(1);
    }

    /**
     * A bounded semaphore with {@code value} permits, which is also its bound.
     *
     * @throws IllegalArgumentException "Semaphore initial value must be >= 0"
     */
    public BoundedSemaphore(int value) {
        super(value);
        this.bound = value;
    }

    /**
     * Gives a permit back.
     *
     * @throws IllegalArgumentException "BoundedSemaphore released too many times" if every permit
     *     is free already
     */
    @Override
    public void release() {
        if (value >= bound) {
            throw new IllegalArgumentException("BoundedSemaphore released too many times");
        }
        super.release();
    }
}
