package dev.tauraro.asyncio;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import reactor.core.publisher.Mono;

/**
 * The writing end of a subprocess's standard input.
 *
 * <p>Python equivalent: the {@code StreamWriter} in {@code Process.stdin} of
 * {@code asyncio.create_subprocess_exec(..., stdin=PIPE)}.
 *
 * <h2>Writing and backpressure</h2>
 * {@link #write} never waits: the bytes are queued for a daemon thread that writes them to the
 * pipe (Java has no non-blocking pipe I/O). {@link #drain()} waits while more than 64 KiB are
 * queued, until the queue is back under 16 KiB (CPython's water marks), so a writer that drains
 * holds bounded memory however slowly the child reads.
 *
 * <h2>Closing and errors</h2>
 * {@link #close()} closes the pipe once the queued bytes are written (the child reads the end of
 * its input). If the child closes its end, queued and later writes are dropped, as CPython drops
 * them; a {@link #drain()} waiting then fails with {@link BrokenPipeError}, and every later one
 * with {@link ConnectionResetError} "Connection lost", as CPython's.
 *
 * <h2>Thread-safety</h2>
 * Use it from the thread of the loop that started the process.
 */
public final class PipeWriter {
    static final int HIGH_WATER = 64 * 1024;
    static final int LOW_WATER = 16 * 1024;
    private static final byte[] CLOSE = new byte[0];

    private final EventLoop loop;
    private final LinkedBlockingQueue<byte[]> queue = new LinkedBlockingQueue<>();
    /** Bytes queued and not yet written; loop thread. */
    private long queued;
    private boolean closing;
    private boolean lost;
    private final List<Future<Void>> drainWaiters = new ArrayList<>(1);
    private final Future<Void> closed;

    PipeWriter(EventLoop loop, OutputStream out, String threadName) {
        this.loop = loop;
        this.closed = loop.createFuture();
        Thread t = new Thread(() -> pump(out), threadName);
        t.setDaemon(true);
        t.start();
    }

    /** The writer thread: writes queued chunks in order, reporting progress to the loop. */
    private void pump(OutputStream out) {
        Throwable failure = null;
        try {
            while (true) {
                byte[] b = queue.take();
                if (b == CLOSE) {
                    break;
                }
                out.write(b);
                out.flush();
                Bridge.post(loop, () -> written(b.length));
            }
        } catch (IOException e) {
            failure = new BrokenPipeError("[Errno 32] Broken pipe", e);
        } catch (InterruptedException e) {
            failure = e;
        } finally {
            try {
                out.close();
            } catch (IOException ignored) {
                // closing a broken pipe: nothing left to report
            }
            Throwable f = failure;
            Bridge.post(loop, () -> connectionLost(f));
        }
    }

    private void written(int n) {
        queued -= n;
        if (queued <= LOW_WATER) {
            wakeDrains(null);
        }
    }

    private void connectionLost(Throwable e) {
        lost = true;
        closing = true;
        queue.clear();
        queued = 0;
        wakeDrains(e);
        if (!closed.done()) {
            closed.setResult(null);
        }
    }

    private void wakeDrains(Throwable e) {
        for (Future<Void> w : List.copyOf(drainWaiters)) {
            if (!w.done()) {
                if (e == null) {
                    w.setResult(null);
                } else {
                    w.setException(e);
                }
            }
        }
    }

    /** Queues {@code data} (a copy) for the child. Python: {@code write(data)}. */
    public void write(byte[] data) {
        if (closing || data.length == 0) {
            return;
        }
        queued += data.length;
        queue.add(data.clone());
    }

    /** Queues each array in turn. Python: {@code writelines(data)}. */
    public void writelines(Iterable<byte[]> data) {
        for (byte[] b : data) {
            write(b);
        }
    }

    /**
     * Waits while more than 64 KiB are queued. Python: {@code await stdin.drain()}.
     *
     * @return completes empty; fails with {@link BrokenPipeError} when the child closes its end
     *     while this waits, and with {@link ConnectionResetError} "Connection lost" once the pipe
     *     is lost (closed or broken), as CPython
     */
    public Mono<Void> drain() {
        return Mono.defer(() -> {
            // As CPython's drain: a pipe already lost fails with "Connection lost" whatever broke
            // it; a drain already waiting when the pipe breaks gets the error itself.
            if (lost) {
                return Mono.error(new ConnectionResetError("Connection lost"));
            }
            if (queued <= HIGH_WATER) {
                return Mono.empty();
            }
            Future<Void> w = loop.createFuture();
            drainWaiters.add(w);
            return w.owned().doFinally(s -> drainWaiters.remove(w));
        });
    }

    /** Closes the pipe once the queued bytes are written. Python: {@code close()} (and {@code write_eof()}). */
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        queue.add(CLOSE);
    }

    /** Whether it is closed or closing. Python: {@code is_closing()}. */
    public boolean isClosing() {
        return closing;
    }

    /** Pipes can be half-closed: {@link #close()} is the end of the child's input. Python: {@code can_write_eof()}. */
    public boolean canWriteEof() {
        return true;
    }

    /** Same as {@link #close()}. Python: {@code write_eof()}. */
    public void writeEof() {
        close();
    }

    /** Completes once the pipe is closed. Python: {@code await stdin.wait_closed()}. */
    public Mono<Void> waitClosed() {
        return closed.owned();
    }

    @Override
    public String toString() {
        return "<PipeWriter" + (closing ? " closing" : "") + " queued=" + queued + ">";
    }
}
