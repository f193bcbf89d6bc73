package dev.tauraro.asyncio;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Objects;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The reading half of a stream connection: bytes received from the peer, read with
 * {@link #read}, {@link #readline}, {@link #readexactly} and {@link #readuntil}.
 *
 * <p>Python equivalent: {@code asyncio.StreamReader}, the first element of what
 * {@link Asyncio#openConnection} yields and the first argument of a {@link Server}'s callback.
 * <pre>{@code
 * Asyncio.openConnection("127.0.0.1", 8888).flatMap(rw -> {
 *     rw.writer().write("hello\n".getBytes(UTF_8));
 *     return rw.writer().drain().then(rw.reader().readline());
 * })
 * }</pre>
 *
 * <h2>Buffering and the limit</h2>
 * Received bytes wait in a buffer until read. The {@link #limit()} (64 KiB by default) bounds a
 * line or a {@code readuntil} chunk, and doubles as half the buffer size: once more than twice the
 * limit is buffered the connection stops reading from the socket, and it reads again when the
 * buffer is down to the limit or a read waits for data. A peer that sends faster than this side
 * reads is slowed down by TCP instead of filling memory.
 *
 * <p>The buffer is the list of arrays received, not one array: a received array is kept as it is
 * and a read that takes exactly the first of them gets that array, so a bulk transfer read in
 * chunks at least as large as what arrives copies each byte once (out of the socket's buffer).
 *
 * <h2>Awaiting</h2>
 * Every read returns a cold Mono. When the buffer already holds what the read needs, subscribing
 * delivers it at once without yielding to the loop, as in CPython; otherwise the task suspends
 * until the connection delivers data or ends. Only one read may wait at a time: a second one fails
 * with {@link IllegalStateException} ("read() called while another coroutine is already waiting
 * for incoming data").
 *
 * <h2>Cancellation</h2>
 * Cancelling a task that waits in a read leaves every byte in the buffer: nothing is lost, and the
 * next read sees the data the cancelled one would have returned.
 *
 * <h2>Thread-safety</h2>
 * Use it from its loop's thread. A reader made by a connection binds to the loop that opened it;
 * one made with a constructor (to be fed by {@link #feedData}) binds to the first loop whose task
 * waits in it.
 *
 * <h2>Differences from CPython</h2>
 * Reads return {@code byte[]} for Python's {@code bytes}. {@link #readline()} fails with
 * {@link IllegalArgumentException} where Python raises {@code ValueError}. Python's
 * {@code async for line in reader} is {@link #lines()}.
 */
public final class StreamReader extends LoopBound {
    /** The default limit: 64 KiB, as CPython's {@code asyncio.streams._DEFAULT_LIMIT}. */
    public static final int DEFAULT_LIMIT = 1 << 16;

    private static final byte[] EMPTY = new byte[0];
    private static final byte[] NEWLINE = {'\n'};

    private final int limit;
    /**
     * The buffered bytes: these arrays in order, less the first {@link #head} bytes of the first.
     * Each array belongs to the reader (fed owned, or copied when fed) and none is empty.
     */
    private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
    private int head;
    /** The number of buffered bytes. */
    private int size;
    private boolean eof;
    /** The future a waiting read awaits; CPython's {@code _waiter}. */
    private Future<Void> waiter;
    private Throwable exception;
    /** The connection feeding this reader, or null for a reader fed by hand. */
    private ReadFlow transport;
    /** Whether this reader asked {@link #transport} to stop reading (CPython's {@code _paused}). */
    private boolean paused;

    /** A reader with the default limit, fed by {@link #feedData} and {@link #feedEof}. */
    public StreamReader() {
        this(DEFAULT_LIMIT);
    }

    /**
     * A reader with the given limit, fed by {@link #feedData} and {@link #feedEof}.
     *
     * @throws IllegalArgumentException "Limit cannot be &lt;= 0"
     */
    public StreamReader(int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("Limit cannot be <= 0");
        }
        this.limit = limit;
    }

    /** The limit on lines and {@code readuntil} chunks; half the buffer size. */
    public int limit() {
        return limit;
    }

    void setTransport(ReadFlow t) {
        this.transport = t;
    }

    // ---------------------------------------------------------------- feeding (the connection's side)

    /** The exception reads raise, or null. Python: {@code exception()}. */
    public Throwable exception() {
        return exception;
    }

    /**
     * Makes every later read fail with {@code e} and wakes a waiting read with it. The connection
     * does this when it is lost with an error. Python: {@code set_exception(exc)}.
     */
    public void setException(Throwable e) {
        exception = Objects.requireNonNull(e, "exception");
        Future<Void> w = waiter;
        if (w != null) {
            waiter = null;
            if (!w.cancelled()) {
                w.setException(e);
            }
        }
    }

    /** Appends received bytes and wakes a waiting read. Python: {@code feed_data(data)}. */
    public void feedData(byte[] data) {
        feedData(data, 0, data.length);
    }

    /**
     * Appends {@code data[off, off+len)}.
     *
     * @throws IllegalStateException "feed_data after feed_eof"
     */
    void feedData(byte[] data, int off, int len) {
        feed(data, off, len, false);
    }

    /**
     * Appends {@code data}, which nobody else holds (a transport's fresh copy of what the socket
     * gave): it is buffered as it is, and a read taking exactly it gets it back uncopied.
     */
    void feedOwned(byte[] data) {
        feed(data, 0, data.length, true);
    }

    private void feed(byte[] data, int off, int len, boolean owned) {
        if (eof) {
            throw new IllegalStateException("feed_data after feed_eof");
        }
        if (len == 0) {
            return;
        }
        chunks.addLast(owned && off == 0 && len == data.length ? data : Arrays.copyOfRange(data, off, off + len));
        size += len;
        wakeUpWaiter();
        if (transport != null && !paused && size() > 2L * limit) {
            paused = true;
            transport.pauseReading();
        }
    }

    /** Marks the end of the stream and wakes a waiting read. Python: {@code feed_eof()}. */
    public void feedEof() {
        eof = true;
        wakeUpWaiter();
    }

    /** Whether the stream ended and every byte was read. Python: {@code at_eof()}. */
    public boolean atEof() {
        return eof && size() == 0;
    }

    /** Bytes buffered and not read yet. */
    int buffered() {
        return size();
    }

    private void wakeUpWaiter() {
        Future<Void> w = waiter;
        if (w != null) {
            waiter = null;
            if (!w.cancelled()) {
                w.setResult(null);
            }
        }
    }

    private void maybeResumeTransport() {
        if (paused && size() <= limit) {
            paused = false;
            transport.resumeReading();
        }
    }

    /**
     * The future a read that needs more bytes awaits: CPython's {@code _wait_for_data}. Resumes
     * a paused connection first, or a read of more than twice the limit would wait forever.
     */
    Future<Void> waitForData(String funcName) {
        if (waiter != null) {
            throw new IllegalStateException(funcName
                    + "() called while another coroutine is already waiting for incoming data");
        }
        EventLoop loop = getLoop();
        if (paused) {
            paused = false;
            transport.resumeReading();
        }
        Future<Void> w = loop.createFuture();
        waiter = w;
        return w;
    }

    /** CPython's {@code finally: self._waiter = None} after awaiting the waiter. */
    void waitDone(Future<Void> w) {
        if (waiter == w) {
            waiter = null;
        }
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads up to {@code n} bytes: at least one, unless the stream has ended (then an empty
     * array). With {@code n} negative, reads until the end of the stream. With 0, returns an
     * empty array at once. Python: {@code read(n)}.
     */
    public Mono<byte[]> read(int n) {
        if (n < 0) {
            return read();
        }
        return new ReadOp<>(this, "read", () -> new ReadOp.Step<byte[]>() {
            private boolean waited;

            @Override
            public byte[] attempt() {
                if (!waited) {
                    // CPython checks the exception once, before waiting; an error that arrives
                    // while waiting is raised by the wait itself.
                    throwIfFailed();
                    if (n == 0) {
                        return EMPTY;
                    }
                    if (size() == 0 && !eof) {
                        waited = true;
                        return null;
                    }
                }
                byte[] data = take(Math.min(n, size()));
                maybeResumeTransport();
                return data;
            }
        });
    }

    /**
     * Reads until the end of the stream. Python: {@code read()} / {@code read(-1)}.
     * Memory: everything is kept until the end, so this is for bounded streams.
     */
    public Mono<byte[]> read() {
        return new ReadOp<>(this, "read", () -> new ReadOp.Step<byte[]>() {
            /** What was taken from the buffer so far, in order, and its total size. */
            private final ArrayDeque<byte[]> blocks = new ArrayDeque<>();
            private long total;

            @Override
            public byte[] attempt() {
                throwIfFailed();
                if (size() > 0) {
                    total += size();
                    blocks.addLast(take(size()));
                    maybeResumeTransport();
                }
                if (!eof) {
                    return null;
                }
                if (blocks.size() <= 1) {
                    return blocks.isEmpty() ? EMPTY : blocks.getFirst();
                }
                if (total > Integer.MAX_VALUE - 8) {
                    throw new OutOfMemoryError("read() of more than 2 GiB");
                }
                byte[] all = new byte[(int) total];
                int at = 0;
                for (byte[] b : blocks) {
                    System.arraycopy(b, 0, all, at, b.length);
                    at += b.length;
                }
                return all;
            }
        });
    }

    /**
     * Reads exactly {@code n} bytes. If the stream ends first, fails with
     * {@link IncompleteReadError} holding the bytes read (which are taken from the buffer).
     * Python: {@code readexactly(n)}.
     *
     * @return the bytes, or {@link IllegalArgumentException} "readexactly size can not be less
     *     than zero"
     */
    public Mono<byte[]> readexactly(int n) {
        return new ReadOp<>(this, "readexactly", () -> () -> {
            if (n < 0) {
                throw new IllegalArgumentException("readexactly size can not be less than zero");
            }
            throwIfFailed();
            if (n == 0) {
                return EMPTY;
            }
            if (size() >= n) {
                byte[] data = take(n);
                maybeResumeTransport();
                return data;
            }
            if (eof) {
                throw new IncompleteReadError(take(size()), n);
            }
            return null;
        });
    }

    /** {@link #readuntil(byte[])} with {@code "\n"}. Python: {@code readuntil()}. */
    public Mono<byte[]> readuntil() {
        return readuntil(NEWLINE);
    }

    /**
     * Reads up to and including {@code separator}. Python: {@code readuntil(separator)}.
     *
     * <p>If the stream ends first, fails with {@link IncompleteReadError} holding everything
     * buffered (the buffer is emptied). If no separator is found within {@link #limit()} bytes, or
     * it is found beyond the limit, fails with {@link LimitOverrunError} and leaves the data in
     * the buffer.
     *
     * @return the bytes, or {@link IllegalArgumentException} "Separator should be at least
     *     one-byte string" for an empty separator
     */
    public Mono<byte[]> readuntil(byte[] separator) {
        byte[] sep = separator.clone();
        return new ReadOp<>(this, "readuntil", () -> new ReadOp.Step<byte[]>() {
            /** Bytes from the buffer's start known not to hold a separator (CPython's offset). */
            private int offset;
            private boolean checked;

            @Override
            public byte[] attempt() {
                if (!checked) {
                    if (sep.length == 0) {
                        throw new IllegalArgumentException("Separator should be at least one-byte string");
                    }
                    throwIfFailed();
                    checked = true;
                }
                int buflen = size();
                int isep = -1;
                if (buflen - offset >= sep.length) {
                    isep = indexOf(sep, offset);
                    if (isep == -1) {
                        offset = buflen + 1 - sep.length;
                        if (offset > limit) {
                            throw new LimitOverrunError("Separator is not found, and chunk exceed the limit", offset);
                        }
                    }
                }
                if (isep == -1) {
                    // A separator completed by the last chunk is found above even after EOF.
                    if (eof) {
                        throw new IncompleteReadError(take(size()), null);
                    }
                    return null;
                }
                if (isep > limit) {
                    throw new LimitOverrunError("Separator is found, but chunk is longer than limit", isep);
                }
                byte[] chunk = take(isep + sep.length);
                maybeResumeTransport();
                return chunk;
            }
        });
    }

    /**
     * Reads one line, ending with {@code "\n"} unless the stream ended first; an empty array at
     * the end of the stream. Python: {@code readline()}.
     *
     * @return the line, or {@link IllegalArgumentException} with the {@link LimitOverrunError}'s
     *     message when the line is longer than the limit; the line (if its end was found) or the
     *     whole buffer is then discarded, as in CPython
     */
    public Mono<byte[]> readline() {
        return readuntil(NEWLINE)
                .onErrorResume(IncompleteReadError.class, e -> Mono.just(e.partial()))
                .onErrorMap(LimitOverrunError.class, e -> {
                    if (e.consumed() + NEWLINE.length <= size() && matchesAt(NEWLINE, e.consumed())) {
                        take(e.consumed() + NEWLINE.length);
                    } else {
                        clear();
                    }
                    maybeResumeTransport();
                    return new IllegalArgumentException(e.getMessage(), e);
                });
    }

    /**
     * The lines until the end of the stream, each as {@link #readline()} returns it. Python:
     * {@code async for line in reader}. Each line is read when requested, so a slow subscriber
     * slows the peer down.
     */
    public Flux<byte[]> lines() {
        return readline().repeat().takeWhile(line -> line.length > 0);
    }

    private void throwIfFailed() {
        if (exception != null) {
            throw Future.rethrowable(exception);
        }
    }

    // ---------------------------------------------------------------- the buffer

    private int size() {
        return size;
    }

    private void clear() {
        chunks.clear();
        head = 0;
        size = 0;
    }

    /** Removes and returns the first {@code n} buffered bytes ({@code n <= size()}). */
    private byte[] take(int n) {
        if (n == 0) {
            return EMPTY;
        }
        byte[] first = chunks.getFirst();
        if (head == 0 && first.length == n) {
            chunks.removeFirst();   // exactly the first array: hand it over uncopied
            size -= n;
            return first;
        }
        byte[] out = new byte[n];
        int at = 0;
        while (at < n) {
            byte[] c = chunks.getFirst();
            int k = Math.min(c.length - head, n - at);
            System.arraycopy(c, head, out, at, k);
            at += k;
            head += k;
            if (head == c.length) {
                chunks.removeFirst();
                head = 0;
            }
        }
        size -= n;
        return out;
    }

    /**
     * The offset from the buffer's start of the first {@code sep} at or after offset {@code from},
     * or -1. The scan walks the arrays in place; a separator spanning two arrays is checked byte
     * by byte.
     */
    private int indexOf(byte[] sep, int from) {
        byte first = sep[0];
        int lastStart = size - sep.length;   // the last offset a whole separator can start at
        int base = 0;                         // the buffer offset of c[skip]
        int skip = head;
        for (byte[] c : chunks) {
            if (base > lastStart) {
                break;
            }
            int n = c.length - skip;
            int stop = Math.min(n - 1, lastStart - base);
            for (int i = Math.max(from - base, 0); i <= stop; i++) {
                if (c[skip + i] == first && (sep.length == 1 || matchesAt(c, skip + i, sep, base + i))) {
                    return base + i;
                }
            }
            base += n;
            skip = 0;
        }
        return -1;
    }

    /** Whether {@code sep} starts at index {@code i} of {@code c}, which is buffer offset {@code at}. */
    private boolean matchesAt(byte[] c, int i, byte[] sep, int at) {
        if (i + sep.length <= c.length) {
            for (int j = 1; j < sep.length; j++) {
                if (c[i + j] != sep[j]) {
                    return false;
                }
            }
            return true;
        }
        return matchesAt(sep, at);   // runs into the next array
    }

    /** Whether {@code sep} starts at buffer offset {@code at} ({@code at + sep.length <= size()}). */
    private boolean matchesAt(byte[] sep, int at) {
        Iterator<byte[]> it = chunks.iterator();
        byte[] c = it.next();
        int i = head + at;
        while (i >= c.length) {
            i -= c.length;
            c = it.next();
        }
        for (byte b : sep) {
            while (i == c.length) {
                c = it.next();
                i = 0;
            }
            if (c[i++] != b) {
                return false;
            }
        }
        return true;
    }

    /** CPython's repr: {@code <StreamReader 5 bytes eof limit=10 waiter=... paused>}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("<StreamReader");
        if (size() > 0) {
            sb.append(' ').append(size()).append(" bytes");
        }
        if (eof) {
            sb.append(" eof");
        }
        if (limit != DEFAULT_LIMIT) {
            sb.append(" limit=").append(limit);
        }
        if (waiter != null) {
            sb.append(" waiter=").append(waiter);
        }
        if (exception != null) {
            sb.append(" exception=").append(exception);
        }
        if (transport != null) {
            sb.append(" transport=").append(transport);
        }
        if (paused) {
            sb.append(" paused");
        }
        return sb.append('>').toString();
    }
}
