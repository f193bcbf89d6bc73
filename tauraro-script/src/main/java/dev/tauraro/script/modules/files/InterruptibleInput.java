package dev.tauraro.script.modules.files;

import dev.tauraro.script.runtime.Interpreter;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads of a stream (standard input, a pipe) that Ctrl-C can interrupt. A blocked
 * {@link InputStream#read} ignores {@link Thread#interrupt}, so when nothing is buffered the read
 * runs on a helper thread and the main thread waits for it through
 * {@link Interpreter#blockingWait}: a signal then raises KeyboardInterrupt in {@code input()} as in
 * CPython. The interrupted read goes on; what it returns is kept for the next read, so no typed
 * input is lost.
 */
final class InterruptibleInput {
    private final InputStream in;
    private ExecutorService reader;
    /** A read that a signal interrupted, still under way or done and not yet taken. */
    private Future<byte[]> pending;
    /** What a finished helper read returned beyond what its caller asked for. */
    private byte[] rest = new byte[0];
    private int restPos;

    InterruptibleInput(InputStream in) {
        this.in = in;
    }

    /** Up to {@code len} bytes into {@code b}; -1 at end of input. */
    synchronized int read(Interpreter interp, byte[] b, int off, int len) throws IOException {
        if (restPos < rest.length) {
            int n = Math.min(len, rest.length - restPos);
            System.arraycopy(rest, restPos, b, off, n);
            restPos += n;
            return n;
        }
        if (pending == null && in.available() > 0) {
            return in.read(b, off, len); // buffered: returns at once, no thread needed
        }
        if (pending == null) {
            if (reader == null) {
                reader = Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "tauraro-stdin");
                    t.setDaemon(true);
                    return t;
                });
            }
            pending = reader.submit(() -> {
                byte[] buf = new byte[len];
                int n = in.read(buf, 0, len);
                return n < 0 ? null : java.util.Arrays.copyOf(buf, n);
            });
        }
        Future<byte[]> f = pending;
        Object got = interp.blockingWait(() -> { // KeyboardInterrupt leaves the read pending
            try {
                return f.get();
            } catch (ExecutionException e) {
                return e; // the read failed
            }
        }, f);
        if (got == f) {
            return 0; // interrupted without a signal (the interpreter closing): nothing read
        }
        pending = null;
        if (got instanceof ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
        if (got == null) {
            return -1;
        }
        byte[] bytes = (byte[]) got;
        int n = Math.min(len, bytes.length);
        System.arraycopy(bytes, 0, b, off, n);
        rest = bytes;
        restPos = n;
        return n;
    }
}
