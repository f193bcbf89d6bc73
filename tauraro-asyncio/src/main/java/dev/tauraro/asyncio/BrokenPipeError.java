package dev.tauraro.asyncio;

import java.io.IOException;

/**
 * The reading end of a pipe was closed: a subprocess exited or closed its input while bytes were
 * still being written to it.
 *
 * <p>Python equivalent: {@code BrokenPipeError} ({@code [Errno 32] Broken pipe}), which
 * {@link PipeWriter#drain()} raises once a write failed.
 */
public class BrokenPipeError extends IOException {
    private static final long serialVersionUID = 1L;

    public BrokenPipeError(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String toString() {
        return "BrokenPipeError('" + getMessage() + "')";
    }
}
