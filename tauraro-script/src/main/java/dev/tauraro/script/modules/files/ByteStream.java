package dev.tauraro.script.modules.files;

/**
 * The binary stream under a {@link TextFile}: the calls {@code io.TextIOWrapper} makes on its
 * {@code buffer}. {@link FileIO} is one (what {@code open()} wraps); {@link BufferObject} makes any
 * script object with {@code read}/{@code write} methods one, as CPython's wrapper accepts
 * {@code BytesIO}, buffered files and duck-typed streams.
 */
interface ByteStream {
    /** At most {@code n} bytes, at least one unless at end of stream. */
    byte[] read1(int n);

    /** The rest of the stream. */
    byte[] readAll();

    void write(byte[] b);

    long seek(long pos, int whence);

    long tell();

    long truncate(long size);

    void flush();

    boolean readable();

    boolean writable();

    boolean seekable();

    boolean isClosed();

    void doClose();

    /** {@code name}, or null when the stream has none (the wrapper's repr then leaves it out). */
    Object name();

    /** {@code mode}, or null when the stream has none. */
    Object mode();

    long fileno();

    boolean isatty();
}
