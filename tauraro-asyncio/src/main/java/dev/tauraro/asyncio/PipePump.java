package dev.tauraro.asyncio;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Feeds a subprocess's output pipe to a {@link StreamReader}: a daemon thread reads the pipe (Java
 * has no non-blocking pipe I/O) and posts each chunk to the reader's loop.
 *
 * <p>Flow control: the thread stops reading while the reader is paused (more than twice its limit
 * buffered, see {@link ReadFlow}) or while more than {@link #IN_FLIGHT_BOUND} bytes are posted but
 * not yet fed, so a child that writes faster than the script reads is held back by the pipe, as
 * with CPython's paused pipe transport, instead of filling memory.
 */
final class PipePump implements ReadFlow, Runnable {
    static final int IN_FLIGHT_BOUND = 256 * 1024;

    private final EventLoop loop;
    private final InputStream in;
    private final StreamReader reader;
    private final Runnable onEof;
    private final Object lock = new Object();
    /** Guarded by {@link #lock}. */
    private boolean paused;
    /** Guarded by {@link #lock}. */
    private long inFlight;

    /**
     * @param onEof run on the loop after the end of the pipe was fed to the reader
     */
    PipePump(EventLoop loop, InputStream in, StreamReader reader, Runnable onEof) {
        this.loop = loop;
        this.in = in;
        this.reader = reader;
        this.onEof = onEof;
        reader.setTransport(this);
    }

    void start(String name) {
        Thread t = new Thread(this, name);
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void run() {
        byte[] buf = new byte[64 * 1024];
        try {
            while (true) {
                synchronized (lock) {
                    while (paused || inFlight > IN_FLIGHT_BOUND) {
                        lock.wait();
                    }
                }
                int n = in.read(buf);
                if (n < 0) {
                    break;
                }
                if (n == 0) {
                    continue;
                }
                byte[] chunk = Arrays.copyOf(buf, n);
                synchronized (lock) {
                    inFlight += n;
                }
                Bridge.post(loop, () -> {
                    reader.feedData(chunk);
                    synchronized (lock) {
                        inFlight -= chunk.length;
                        lock.notifyAll();
                    }
                });
            }
        } catch (IOException | InterruptedException e) {
            // the pipe was closed under us (the process object was closed): the end of the stream
        } finally {
            try {
                in.close();
            } catch (IOException ignored) {
                // nothing more to read either way
            }
            Bridge.post(loop, () -> {
                reader.feedEof();
                onEof.run();
            });
        }
    }

    @Override
    public void pauseReading() {
        synchronized (lock) {
            paused = true;
        }
    }

    @Override
    public void resumeReading() {
        synchronized (lock) {
            paused = false;
            lock.notifyAll();
        }
    }

    @Override
    public String toString() {
        return "<PipePump" + (paused ? " paused" : "") + ">";
    }
}
